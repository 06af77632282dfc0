import { createHash } from 'node:crypto';

export interface CachedResponse {
  body: string;
  etag: string;
  contentType: string;
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
    set(key: string, body: string, contentType: string, uids: Iterable<string>) {
      if (maxEntries <= 0) return;
      const etag = `W/"${createHash('sha1').update(body).digest('base64url')}"`;
      entries.set(key, { body, etag, contentType, uids: new Set(uids), expires: Date.now() + ttlMs });
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
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

/** Requests that mean the same query share a key; anything else (mutations do not exist here) differs. */
export const cacheKey = (method: string, search: string, body: unknown) =>
  createHash('sha1').update(method === 'GET' ? `GET ${search}` : `POST ${JSON.stringify(body)}`).digest('base64url');
