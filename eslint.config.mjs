// @ts-check
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/**
 * The boundaries of the layout (README.md, "Layout"), enforced on every import:
 * types/ <- graphql/ <- plugin/ <- cms/ (configuration only); tests/ and bench/ use the product
 * from outside; bench/ never imports tests/.
 */
const forbid = (...groups) => [
  'error',
  { patterns: groups.map(([folders, message]) => ({ regex: `^((\\.\\./)+(${folders.join('|')})/|@showrunner/(${folders.join('|')}))`, message })) },
];

const PLUGIN_SOURCE = ['plugin', 'strapi-plugin'];
const GRAPHQL_SOURCE = ['graphql'];
const TOOLING = ['tests', 'bench', 'scripts'];

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'cms/.strapi/**',
      'cms/.tmp/**',
      '.cache/**',
      'bench/.cache/**',
      'bench/results/**',
      'types/generated/**',
      'graphql/src/schema/*.generated.ts',
      'tests/e2e/artifacts/**',
      'examples/**/.next/**',
      'examples/site/next-env.d.ts',
      'examples/site/src/gql/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        __dirname: 'readonly',
        require: 'readonly',
        module: 'writable',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        fetch: 'readonly',
        URL: 'readonly',
        URLSearchParams: 'readonly',
        performance: 'readonly',
        window: 'readonly',
        document: 'readonly',
        structuredClone: 'readonly',
        AbortController: 'readonly',
        Response: 'readonly',
        Headers: 'readonly',
        Blob: 'readonly',
        FormData: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        crypto: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
        NodeJS: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', caughtErrors: 'none' },
      ],
    },
  },
  {
    files: ['types/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': forbid([
        [...PLUGIN_SOURCE, ...GRAPHQL_SOURCE, ...TOOLING],
        'types/ is the bottom layer: it imports nothing of the project.',
      ]),
    },
  },
  {
    files: ['graphql/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': forbid([
        [...PLUGIN_SOURCE, ...TOOLING],
        'The GraphQL layer is a library the plugin depends on: it never imports the plugin, the tests or the bench.',
      ]),
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='plugin'] > Literal",
          message: 'The GraphQL layer does not look plugin services up by name; the plugin hands it what it needs (settings, functions).',
        },
        {
          selector: "MemberExpression[object.name='process'][property.name='env']",
          message: 'The GraphQL layer reads no environment: settings arrive as GraphQLSettings from the plugin.',
        },
      ],
    },
  },
  {
    files: ['plugin/**/*.ts', 'plugin/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': forbid(
        [['graphql/src'], 'The plugin uses the GraphQL layer through its package entry, @showrunner/graphql.'],
        [TOOLING, 'The plugin package never imports the tests, the bench or the repository scripts.']
      ),
    },
  },
  {
    files: ['bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': forbid([['tests'], 'The bench shares code with the tests through scripts/lib, never by importing tests/.']),
    },
  },
  {
    files: ['cms/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': forbid([[...PLUGIN_SOURCE, ...GRAPHQL_SOURCE, ...TOOLING], 'cms/ is the demo host: configuration only.']),
    },
  },
  prettier
);
