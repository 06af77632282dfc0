import type { CodegenConfig } from '@graphql-codegen/cli';
import { defineConfig } from '@eddeee888/gcg-typescript-resolver-files';

/**
 * Schema-first: SDL modules in graphql/src/schema/<module>/schema.graphql; resolver files are
 * scaffolded next to them, resolver types go to types/generated, the merged SDL (the published
 * contract, compared with the last release by `npm run schema:check`) to graphql/schema.graphql.
 * All committed, checked in CI.
 */
const config: CodegenConfig = {
  schema: 'graphql/src/schema/**/schema.graphql',
  generates: {
    'graphql/src/schema': defineConfig({
      resolverTypesPath: '../../../types/generated/resolvers-types.generated.ts',
      mergeSchema: '../../schema.graphql',
      tsConfigFilePath: './tsconfig.json',
      // Connection resolvers are built by one shared function, which the static analysis cannot follow.
      fixObjectTypeResolvers: { object: 'disabled', enum: 'smart' },
      // No empty resolver files: types whose fields all come straight from their parent and have no
      // mapper (a mapped type keeps its file, where the mapper is checked against the schema) get none.
      resolverGeneration: {
        query: '*',
        mutation: '*',
        subscription: '*',
        scalar: '*',
        object: ['*', '!*.*Edge', '!*.PageInfo', '!*.PartialDate'],
        union: '',
        interface: '',
        enum: '',
      },
      scalarsOverrides: {
        DateTime: { type: 'string' },
        Date: { type: 'string' },
        JSON: { type: 'unknown' },
        ID: { type: { input: 'string', output: 'string | number' } },
      },
      typesPluginsConfig: {
        contextType: '../../graphql/src/context#GraphQLContext',
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        useTypeImports: true,
      },
    }),
  },
};

export default config;
