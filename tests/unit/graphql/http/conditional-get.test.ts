import { cacheableHeaders, notModified, wantsFresh } from '../../../../graphql/src/http/conditional-get';

describe('conditional GET', () => {
  const etag = 'W/"abc"';

  it('is not modified when If-None-Match lists the tag, compared weakly, or is *', () => {
    expect(notModified('W/"abc"', etag)).toBe(true);
    expect(notModified('"abc"', etag)).toBe(true);
    expect(notModified('"x", W/"abc"', etag)).toBe(true);
    expect(notModified('*', etag)).toBe(true);
  });

  it('is modified without If-None-Match, without an ETag or with another tag', () => {
    expect(notModified(undefined, etag)).toBe(false);
    expect(notModified('W/"abc"', undefined)).toBe(false);
    expect(notModified('W/"abcd"', etag)).toBe(false);
  });

  it('marks public answers cacheable for max-age seconds, varying by Accept', () => {
    expect(cacheableHeaders(etag, 30, 'HIT')).toEqual({ etag, 'cache-control': 'public, max-age=30', vary: 'accept', 'x-cache': 'HIT' });
  });

  it('reads Cache-Control: no-cache as a request for a fresh answer', () => {
    expect(wantsFresh('no-cache')).toBe(true);
    expect(wantsFresh('max-age=0, No-Cache')).toBe(true);
    expect(wantsFresh('max-age=60')).toBe(false);
    expect(wantsFresh(undefined)).toBe(false);
  });
});
