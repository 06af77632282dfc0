import { createHash } from 'node:crypto';
import type { FormattedExecutionResult } from 'graphql';

export interface CachedResponse {
  /** The exact bytes sent: its ETag is their hash. */
  body: string;
  etag: string;
}

interface Entry extends CachedResponse {
  uids: Set<string>;
  expires: number;
}

export interface ResponseCacheOptions {
  maxEntries: number;
  ttlMs: number;
}

/**
 * Public GraphQL responses by request, each tagged with the content types it read; a change to a
 * type drops exactly the responses that read it. Least recently used entries go first.
 */
export const createResponseCache = ({ maxEntries, ttlMs }: ResponseCacheOptions) => {
  const entries = new Map<string, Entry>();

  return {
    get(key: string): CachedResponse | null {
      const entry = entries.get(key);
      if (!entry) return null;
      if (entry.expires < Date.now()) {
        entries.delete(key);
        return null;
      }
      entries.delete(key);
      entries.set(key, entry);
      return entry;
    },
    set(key: string, body: string, uids: Iterable<string>): CachedResponse | null {
      if (maxEntries <= 0) return null;
      const entry = { body, etag: `W/"${createHash('sha1').update(body).digest('base64url')}"`, uids: new Set(uids), expires: Date.now() + ttlMs };
      entries.set(key, entry);
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return entry;
    },
    invalidate(uid: string) {
      for (const [key, entry] of entries) if (entry.uids.has(uid)) entries.delete(key);
    },
    get size() {
      return entries.size;
    },
  };
};

export type ResponseCache = ReturnType<typeof createResponseCache>;

/** Apollo Server's `queryHash`: the SHA-256 of the query text, also the persisted-query id. */
export const queryHashOf = (query: string) => createHash('sha256').update(query).digest('hex');

/**
 * One key for requests that mean the same operation, whether the query came as text or as a
 * persisted-query hash. GET and POST stay apart: a GET is what a CDN or the fast path may repeat.
 */
export const cacheKey = (
  method: string,
  queryHash: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | null | undefined
) => {
  const vars = variables && Object.keys(variables).length > 0 ? JSON.stringify(variables) : '';
  return createHash('sha1')
    .update(`${method.toUpperCase()}\n${queryHash}\n${operationName ?? ''}\n${vars}`)
    .digest('base64url');
};

/**
 * Apollo Server's serialization (errors first, then data and extensions, and a final newline for
 * curl), set as its `stringifyResult`: the cache stores, and the fast path serves, exactly the
 * bytes Apollo sends for the same result.
 */
export const serializeResult = ({ errors, data, extensions }: FormattedExecutionResult) => `${JSON.stringify({ errors, data, extensions })}\n`;
