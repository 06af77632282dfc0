import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { compiledExecution } from '../../../graphql/src/compiled-execution';
import { formatError } from '../../../graphql/src/errors';

const schema = makeExecutableSchema({
  typeDefs: 'type Query { title(slug: String!): String, broken: String, kind: Kind } enum Kind { SERIES }',
  resolvers: {
    Query: {
      title: (_: unknown, { slug }: { slug: string }) => (slug === 'ballard' ? 'Ballard' : null),
      broken: () => {
        throw new Error('relation "showrunner_series" does not exist');
      },
      kind: () => 'SERIES',
    },
  },
});

/** Apollo Server with compiled execution and our error formatting, as graphql/src/server.ts builds it. */
const startServer = async () => {
  const logged: string[] = [];
  const server = new ApolloServer({ gateway: compiledExecution(schema), formatError: formatError((message) => logged.push(message)) });
  await server.start();
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const response = await server.executeOperation({ query, variables });
    if (response.body.kind !== 'single') throw new Error('expected a single result');
    return response.body.singleResult;
  };
  return { server, logged, run };
};

describe('compiled execution', () => {
  let harness: Awaited<ReturnType<typeof startServer>>;
  beforeAll(async () => {
    harness = await startServer();
  });
  afterAll(() => harness.server.stop());

  it('answers from the compiled plan, the same document again from the cached one', async () => {
    expect((await harness.run('query($slug: String!) { title(slug: $slug) }', { slug: 'ballard' })).data).toEqual({ title: 'Ballard' });
    expect((await harness.run('query($slug: String!) { title(slug: $slug) }', { slug: 'bosch' })).data).toEqual({ title: null });
  });

  it('masks an error thrown without extensions (a database error) as INTERNAL_SERVER_ERROR through our formatError, and logs it', async () => {
    const result = await harness.run('{ title(slug: "ballard") broken }');
    expect(result.data).toEqual({ title: 'Ballard', broken: null });
    expect(result.errors).toEqual([{ message: 'Unexpected error.', path: ['broken'], extensions: { code: 'INTERNAL_SERVER_ERROR' } }]);
    expect(harness.logged.join('\n')).toMatch(/relation "showrunner_series" does not exist/);
  });

  it('answers a variable it cannot coerce as BAD_USER_INPUT naming the variable', async () => {
    const result = await harness.run('query($slug: String!) { title(slug: $slug) }', { slug: 7 });
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining('$slug'), extensions: { code: 'BAD_USER_INPUT' } });
  });
});
