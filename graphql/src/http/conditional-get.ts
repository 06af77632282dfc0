/**
 * Conditional requests, one set of rules for both ways an answer leaves: the Koa adapter (Apollo's
 * answers) and the fast path (cache hits before Koa).
 */

/** Every answer that is not a cacheable public one: errors, previews, anything with credentials. */
export const NOT_CACHEABLE = 'private, no-store';

/** Headers of a public answer the response cache holds; `x-cache` says whether this one came from it. */
export const cacheableHeaders = (etag: string, maxAge: number, cache: 'HIT' | 'MISS') => ({
  etag,
  'cache-control': `public, max-age=${maxAge}`,
  vary: 'accept',
  'x-cache': cache,
});

/** The client wants a fresh answer (a reload): the cache is not read, but the answer still refreshes it. */
export const wantsFresh = (cacheControl: string | undefined) => /\bno-cache\b/i.test(cacheControl ?? '');

/**
 * If-None-Match (RFC 9110 13.1.2): `*` or a list of tags, compared weakly (W/ ignored). Also
 * honoured on POST: a GraphQL query is safe whichever method carries it.
 */
export const notModified = (ifNoneMatch: string | undefined, etag: string | undefined) => {
  if (!ifNoneMatch || !etag) return false;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.trim() === '*' || ifNoneMatch.split(',').some((tag) => opaque(tag) === opaque(etag));
};
