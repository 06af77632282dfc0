import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Typed documents from the committed contract (graphql/schema.graphql), never from a running
 * server: the site builds without the API up, and `npm run codegen:check` fails when the schema
 * or a document changed without regenerating src/gql.
 *
 * documentMode "string": each document is a typed string (TypedDocumentString), sent as is by
 * plain fetch; no GraphQL AST or parser ships to the browser.
 */
const config: CodegenConfig = {
  schema: '../../graphql/schema.graphql',
  documents: ['src/**/*.{ts,tsx}', '!src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        // Only the types the site's documents use: the output changes only when they or what they select change.
        onlyOperationTypes: true,
        useTypeImports: true,
        scalars: { DateTime: 'string', Date: 'string', JSON: 'unknown', ID: 'string' },
      },
    },
  },
};

export default config;
