import { diffVersions, type StoredVersion } from '../../../../plugin/server/src/changes/diff';

const row = (
  id: number,
  locale: string | null,
  published: boolean,
  updatedAt = '2026-01-01T10:00:00.000Z',
  slug: string | null = 'ballard'
): StoredVersion => ({
  id,
  locale,
  slug,
  updatedAt,
  publishedAt: published ? updatedAt : null,
});

describe('diffVersions: what a write did to the public versions of a document', () => {
  it('first publication of a locale is PUBLISHED; the untouched other locale is nothing', () => {
    const before = [row(1, 'de', false), row(2, 'de', true), row(3, 'en', false)];
    const after = [row(1, 'de', false), row(2, 'de', true), row(3, 'en', false), row(4, 'en', true)];
    expect(diffVersions(before, after, ['en'])).toEqual([{ locale: 'en', slug: 'ballard', kind: 'published' }]);
  });

  it('publishing again replaces the published row: UPDATED', () => {
    expect(diffVersions([row(1, 'de', false), row(2, 'de', true)], [row(1, 'de', false), row(5, 'de', true)], ['de'])).toEqual([
      { locale: 'de', slug: 'ballard', kind: 'updated' },
    ]);
  });

  it('an edit without draft and publish keeps the row and moves updatedAt: UPDATED, with the new slug', () => {
    const before = [row(9, null, true, '2026-01-01T10:00:00.000Z', 'prime')];
    const after = [row(9, null, true, '2026-01-01T10:00:05.000Z', 'prime-video')];
    expect(diffVersions(before, after)).toEqual([{ locale: null, slug: 'prime-video', kind: 'updated' }]);
    expect(diffVersions(before, before, [null])).toEqual([{ locale: null, slug: 'prime', kind: 'updated' }]);
  });

  it('a published version that goes away is UNPUBLISHED while a draft remains, DELETED when nothing does', () => {
    const before = [row(1, 'de', false), row(2, 'de', true), row(3, 'en', false), row(4, 'en', true)];
    expect(diffVersions(before, [row(1, 'de', false), row(3, 'en', false), row(4, 'en', true)], ['de'])).toEqual([
      { locale: 'de', slug: 'ballard', kind: 'unpublished' },
    ]);
    expect(diffVersions(before, [row(3, 'en', false), row(4, 'en', true)], ['de'])).toEqual([{ locale: 'de', slug: 'ballard', kind: 'deleted' }]);
    expect(diffVersions(before, [], ['de', 'en'])).toEqual([
      { locale: 'de', slug: 'ballard', kind: 'deleted' },
      { locale: 'en', slug: 'ballard', kind: 'deleted' },
    ]);
  });

  it('never records drafts: saving or deleting a document that was never published is nothing', () => {
    expect(diffVersions([], [row(1, 'de', false)], ['de'])).toEqual([]);
    expect(diffVersions([row(1, 'de', false)], [row(1, 'de', false, '2026-02-01T00:00:00.000Z')], ['de'])).toEqual([]);
    expect(diffVersions([row(1, 'de', false)], [], ['de'])).toEqual([]);
  });
});
