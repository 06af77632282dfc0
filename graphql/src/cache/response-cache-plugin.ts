import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';
import type { GraphQLContext } from '../context';
import { cacheableHeaders, wantsFresh } from '../http/conditional-get';
import { carriesCredentials } from '../http/credentials';
import { cacheKey, serializeResult, type ResponseCache } from './response-cache';

const headersOf = (etag: string, maxAge: number, cache: 'HIT' | 'MISS') => new HeaderMap(Object.entries(cacheableHeaders(etag, maxAge, cache)));

/**
 * The shared response cache inside Apollo Server: it answers a query it has seen from the cache
 * (after parsing and validation, which Apollo keeps cached too) and stores a complete, error-free
 * answer to a public query that read content. Requests with credentials or a preview never touch
 * it. What is not stored is sent `private, no-store` by the HTTP layer.
 */
export const responseCachePlugin = (cache: ResponseCache, { maxAge }: { maxAge: number }): ApolloServerPlugin<GraphQLContext> => ({
  async requestDidStart({ request }) {
    const headers = request.http?.headers;
    if (!headers || carriesCredentials((name) => headers.get(name))) return;
    let key: string | null = null;
    let hit = false;
    return {
      async responseForOperation({ request, queryHash, operation, contextValue }) {
        if (!queryHash || operation.operation !== 'query' || contextValue.preview) return null;
        key = cacheKey(request.http!.method, queryHash, request.operationName, request.variables);
        const cached = wantsFresh(headers.get('cache-control')) ? null : cache.get(key);
        if (!cached) return null;
        hit = true;
        const singleResult = JSON.parse(cached.body) as FormattedExecutionResult;
        return { http: { status: undefined, headers: headersOf(cached.etag, maxAge, 'HIT') }, body: { kind: 'single', singleResult } };
      },
      async willSendResponse({ response, contextValue }) {
        if (hit || key === null || response.body.kind !== 'single') return;
        const { errors, data } = response.body.singleResult;
        // A response that read no content (apiVersion, __typename) could never be invalidated.
        if (errors?.length || !data || (response.http.status ?? 200) !== 200 || contextValue.touched.size === 0) return;
        const stored = cache.set(key, serializeResult(response.body.singleResult), contextValue.touched);
        if (stored) for (const [name, value] of headersOf(stored.etag, maxAge, 'MISS')) response.http.headers.set(name, value);
      },
    };
  },
});
