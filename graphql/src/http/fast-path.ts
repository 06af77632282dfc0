import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { ResponseCache } from '../cache/response-cache';
import { cacheKey } from '../cache/response-cache';
import { PREVIEW_HEADER } from '../preview';

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void;

export interface FastPathOptions {
  path: string;
  maxAge: number;
  rateLimit: (key: string) => Promise<number | null>;
}

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
    const fresh = /no-cache/i.test(String(request.headers['cache-control'] ?? ''));
    if (request.method !== 'GET' || path !== options.path || queryAt === -1 || request.headers[PREVIEW_HEADER] || fresh) {
      strapiListener(request, response);
      return;
    }
    const hit = cache.get(cacheKey('GET', url.slice(queryAt), undefined));
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
        const headers = {
          etag: hit.etag,
          'cache-control': `public, max-age=${options.maxAge}`,
          'access-control-allow-origin': '*',
          'x-content-type-options': 'nosniff',
          'x-cache': 'HIT',
          vary: 'accept',
        };
        if (request.headers['if-none-match'] === hit.etag) {
          response.writeHead(304, headers).end();
          return;
        }
        response.writeHead(200, { ...headers, 'content-type': hit.contentType, 'content-length': Buffer.byteLength(hit.body) }).end(hit.body);
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
