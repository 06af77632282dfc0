import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { ResponseCache } from '../cache/response-cache';
import { cacheKey, queryHashOf } from '../cache/response-cache';
import { cacheableHeaders, notModified, wantsFresh } from './conditional-get';
import { carriesCredentials } from './credentials';
import { negotiateMediaType } from './media-type';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

export interface FastPathOptions {
  path: string;
  maxAge: number;
  rateLimit: (key: string) => Promise<number | null>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const jsonParam = (params: URLSearchParams, name: string): Record<string, unknown> | undefined | null => {
  const text = params.get(name);
  if (text === null) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return isRecord(value) ? value : null;
  } catch {
    return null;
  }
};

/**
 * The response cache's key for a GET, as the cache plugin computes it inside Apollo Server; null
 * for anything Apollo Server has to look at first (a persisted query being registered, parameters
 * it would refuse).
 */
export const getCacheKey = (search: string): string | null => {
  const params = new URLSearchParams(search);
  if (['query', 'operationName', 'variables', 'extensions'].some((name) => params.getAll(name).length > 1)) return null;
  const query = params.get('query');
  const variables = jsonParam(params, 'variables');
  const extensions = jsonParam(params, 'extensions');
  if (variables === null || extensions === null) return null;
  const persisted = extensions?.persistedQuery;
  const hash = isRecord(persisted) && persisted.version === 1 && typeof persisted.sha256Hash === 'string' ? persisted.sha256Hash : null;
  if (persisted !== undefined && (query !== null || hash === null)) return null;
  const queryHash = hash ?? (query ? queryHashOf(query) : null);
  return queryHash ? cacheKey('GET', queryHash, params.get('operationName'), variables) : null;
};

/**
 * Cached GET answers straight from Node's HTTP server, before Koa and Strapi's middleware (which
 * cost more than the answer itself). Everything else, misses included, goes to Strapi unchanged.
 * Public cached data: any origin may read it.
 */
export const installFastPath = (server: Server, cache: ResponseCache, options: FastPathOptions) => {
  const listeners = server.listeners('request') as RequestListener[];
  const strapiListener: RequestListener = (request, response) => listeners.forEach((listener) => listener.call(server, request, response));

  const fastPath: RequestListener = (request, response) => {
    const url = request.url ?? '';
    const queryAt = url.indexOf('?');
    const path = queryAt === -1 ? url : url.slice(0, queryAt);
    const { headers } = request;
    const mediaType = negotiateMediaType(headers.accept);
    const skip =
      request.method !== 'GET' ||
      path !== options.path ||
      queryAt === -1 ||
      !mediaType ||
      wantsFresh(headers['cache-control']) ||
      carriesCredentials((name) => headers[name]);
    const key = skip ? null : getCacheKey(url.slice(queryAt));
    const hit = key ? cache.get(key) : null;
    if (!hit) {
      strapiListener(request, response);
      return;
    }
    void options.rateLimit(request.socket.remoteAddress ?? '').then(
      (retryAfter) => {
        if (retryAfter !== null) {
          strapiListener(request, response);
          return;
        }
        const answer = { ...cacheableHeaders(hit.etag, options.maxAge, 'HIT'), 'access-control-allow-origin': '*', 'x-content-type-options': 'nosniff' };
        if (notModified(headers['if-none-match'], hit.etag)) {
          response.writeHead(304, answer).end();
          return;
        }
        response.writeHead(200, { ...answer, 'content-type': mediaType!, 'content-length': Buffer.byteLength(hit.body) }).end(hit.body);
      },
      () => strapiListener(request, response)
    );
  };

  server.removeAllListeners('request');
  server.on('request', fastPath);
  return () => {
    server.removeListener('request', fastPath);
    listeners.forEach((listener) => server.on('request', listener));
  };
};
