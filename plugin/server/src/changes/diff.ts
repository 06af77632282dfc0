import type { ChangeKind } from '../../../../types/domain/changes';

/** One stored version (row) of a document, as the feed compares them. */
export interface StoredVersion {
  id: number;
  locale: string | null;
  slug: string | null;
  updatedAt: string | Date | null;
  publishedAt: string | Date | null;
}

export interface LocaleChange {
  locale: string | null;
  slug: string | null;
  kind: ChangeKind;
}

const publishedByLocale = (versions: StoredVersion[]) =>
  new Map(versions.filter((version) => version.publishedAt != null).map((version) => [version.locale, version]));

const stamp = (version: StoredVersion) => `${version.id}:${new Date(version.updatedAt ?? 0).getTime()}`;

/**
 * What a write did to the public versions of one document, per locale, from its rows before and
 * after: a published version that appeared, was replaced (publishing writes a new row; an edit
 * without draft and publish keeps the row and moves `updatedAt`) or went away. Gone with nothing
 * left in that locale is a deletion, gone with a draft left an unpublication. `written` names the
 * locales the write itself touched, which count as updated even if the clock did not move.
 */
export const diffVersions = (before: StoredVersion[], after: StoredVersion[], written: (string | null)[] = []): LocaleChange[] => {
  const [was, is] = [publishedByLocale(before), publishedByLocale(after)];
  const remaining = new Set(after.map((version) => version.locale));
  const changes: LocaleChange[] = [];
  for (const locale of new Set([...was.keys(), ...is.keys()])) {
    const [prev, next] = [was.get(locale), is.get(locale)];
    if (next && !prev) changes.push({ locale, slug: next.slug, kind: 'published' });
    else if (prev && !next) changes.push({ locale, slug: prev.slug, kind: remaining.has(locale) ? 'unpublished' : 'deleted' });
    else if (prev && next && (stamp(prev) !== stamp(next) || written.includes(locale))) changes.push({ locale, slug: next.slug, kind: 'updated' });
  }
  return changes;
};
