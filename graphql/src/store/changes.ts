import type { Knex } from 'knex';
import { CHANGE_UID, PUBLIC_CONTENT_TYPES, type ChangeKind, type ChangeRecord, type PublicContentType } from '../../../types/domain/changes';
import { toIsoDateTime } from './entities';
import type { Model } from './model';

export interface ChangeFilter {
  /** Only changes at or after this instant. */
  since?: Date | null;
  types?: PublicContentType[] | null;
}

/**
 * The change feed through the read path: rows of the plugin's change table in sequence order.
 * The writer commits sequence numbers in order, so "after sequence n" never skips a row that
 * commits later.
 */
export const createChangeFeed = (knex: Knex, model: Model, touched?: Set<string>) => {
  const column = (attribute: string) => `c.${model.column(CHANGE_UID, attribute)}`;
  const matching = ({ since, types }: ChangeFilter) => {
    // A cached answer goes stale when any type it lists changes.
    for (const type of types?.length ? types : (Object.keys(PUBLIC_CONTENT_TYPES) as PublicContentType[])) touched?.add(PUBLIC_CONTENT_TYPES[type]);
    const qb = knex(`${model.table(CHANGE_UID)} as c`);
    if (since) qb.where(column('occurredAt'), '>=', since);
    if (types?.length) qb.whereIn(column('subjectType'), types);
    return qb;
  };

  return {
    /** Up to `limit` changes after sequence number `after`, oldest first. */
    async page(filter: ChangeFilter, after: number, limit: number): Promise<ChangeRecord[]> {
      const rows: Record<string, unknown>[] = await matching(filter)
        .where('c.id', '>', after)
        .orderBy('c.id', 'asc')
        .limit(limit)
        .select({
          sequence: 'c.id',
          type: column('subjectType'),
          documentId: column('subjectDocumentId'),
          slug: column('subjectSlug'),
          locale: column('subjectLocale'),
          kind: column('kind'),
          occurredAt: column('occurredAt'),
        });
      return rows.map((row) => ({
        sequence: Number(row.sequence),
        type: row.type as PublicContentType,
        documentId: String(row.documentId),
        slug: (row.slug as string | null) ?? null,
        locale: (row.locale as string | null) ?? null,
        kind: row.kind as ChangeKind,
        occurredAt: toIsoDateTime(row.occurredAt)!,
      }));
    },

    async count(filter: ChangeFilter): Promise<number> {
      const [{ total }] = await matching(filter).count({ total: '*' });
      return Number(total);
    },
  };
};

export type ChangeFeed = ReturnType<typeof createChangeFeed>;
