import type { ApolloServerPlugin } from '@apollo/server';
import type { GraphQLContext } from '../context';

const STATUS: Record<string, number> = { RATE_LIMITED: 429, UNAUTHENTICATED: 401 };

/**
 * Readers' refusals come from resolvers, per field, so a request with several mutations keeps the
 * answers of those that ran. When nothing was answered and every error is the same refusal, the
 * whole response was refused: it gets that refusal's status (429 with Retry-After, 401 with
 * WWW-Authenticate).
 */
export const refusalStatusPlugin = (): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        const { data, errors } = response.body.singleResult;
        if (!errors?.length || (data && Object.values(data).some((value) => value !== null))) return;
        const codes = new Set(errors.map((error) => error.extensions?.code));
        const [code] = codes;
        if (codes.size !== 1 || typeof code !== 'string' || !STATUS[code]) return;
        response.http.status = STATUS[code];
        if (code === 'RATE_LIMITED') {
          const wait = Math.max(...errors.map((error) => Number(error.extensions?.retryAfter) || 1));
          response.http.headers.set('retry-after', String(wait));
        } else {
          response.http.headers.set('www-authenticate', 'Bearer');
        }
      },
    };
  },
});
