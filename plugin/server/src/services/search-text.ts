import type { Core, UID as StrapiUid } from '@strapi/strapi';
import { UID } from '../../../../types/domain/uids';
import { normalizeSearchText } from '../../../../types/domain/search-text';
import type { WrittenDocument } from '../validation/versions';

/** What a reader's search matches for each searchable type, stored normalized in the hidden `searchText`. */
const SEARCHED_FIELDS: Record<string, string[]> = {
  [UID.series]: ['title', 'originalTitle', 'synopsis'],
  [UID.person]: ['name', 'biography'],
  [UID.article]: ['headline', 'kicker', 'teaser'],
};

export default ({ strapi }: { strapi: Core.Strapi }) => ({
  /** Recomputes `searchText` for every version (draft and published) of the written document in its locale. */
  async refresh({ uid, documentId, locale }: WrittenDocument) {
    const fields = SEARCHED_FIELDS[uid];
    if (!fields) return;
    const query = strapi.db.query(uid as StrapiUid.Schema);
    const rows = await query.findMany({ where: { documentId, ...(locale ? { locale } : {}) }, select: ['id', ...fields] });
    for (const row of rows) {
      const searchText = normalizeSearchText(fields.map((field) => row[field] ?? '').join(' '));
      await query.update({ where: { id: row.id }, data: { searchText } });
    }
  },
});
