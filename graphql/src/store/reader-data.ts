import type { Knex } from 'knex';
import type { CommentEntity } from '../../../types/domain/readers';
import { UID } from '../../../types/domain/uids';
import { READER_DATA_UID } from '../readers/uids';
import { toIsoDateTime } from './entities';
import type { Model } from './model';

export type FollowKind = 'series' | 'person';

/** Where a feed page starts: the last article's raw publication time and document id. */
export type FeedKey = [publishedOn: string | number, documentId: string];

/**
 * Reader data on the read path: follows, the feed, comments, reports. One statement per batch,
 * whatever the number of follows or comments; only what a reader may see of other readers (names,
 * counts), and of themselves what they ask for with their own id.
 */
export const createReaderData = (knex: Knex, model: Model, touched?: Set<string>) => {
  const touch = (...uids: string[]) => uids.forEach((uid) => touched?.add(uid));
  const F = {
    table: model.table(READER_DATA_UID.follow),
    reader: model.joinColumn(READER_DATA_UID.follow, 'reader'),
    type: model.column(READER_DATA_UID.follow, 'targetType'),
    target: model.column(READER_DATA_UID.follow, 'targetDocumentId'),
    created: model.column(READER_DATA_UID.follow, 'createdAt'),
  };
  const C = {
    table: model.table(UID.comment),
    body: model.column(UID.comment, 'body'),
    author: model.column(UID.comment, 'authorName'),
    moderation: model.column(UID.comment, 'moderation'),
    deleted: model.column(UID.comment, 'deletedByAuthorAt'),
    posted: model.column(UID.comment, 'postedAt'),
    created: model.column(UID.comment, 'createdAt'),
    reader: model.joinColumn(UID.comment, 'reader'),
  };
  const TARGETS: Record<FollowKind, string> = { series: UID.series, person: UID.person };

  const published = (kind: FollowKind) =>
    knex(`${model.table(TARGETS[kind])} as t`)
      .whereRaw('?? = ??', ['t.document_id', `f.${F.target}`])
      .whereNotNull('t.published_at')
      .select(knex.raw('1'));
  /** A comment anyone may read: not hidden by the editors, not withdrawn by its author. */
  const visibleComment = (alias: string) => (qb: Knex.QueryBuilder) => qb.whereNot(`${alias}.${C.moderation}`, 'hidden').whereNull(`${alias}.${C.deleted}`);
  const commentOrder = (alias: string) => knex.raw(`coalesce(??, ??) asc, ?? asc`, [`${alias}.${C.posted}`, `${alias}.${C.created}`, `${alias}.id`]);
  const toComment = (row: Record<string, any>): CommentEntity => ({
    rowId: Number(row.id),
    documentId: String(row.document_id),
    body: String(row[C.body] ?? ''),
    authorName: String(row[C.author] ?? ''),
    postedAt: toIsoDateTime(row[C.posted] ?? row[C.created]),
    moderation: row[C.moderation],
    deletedByAuthorAt: toIsoDateTime(row[C.deleted]),
    authorId: row[C.reader] == null ? null : Number(row[C.reader]),
  });
  const replyLink = model.link(UID.comment, 'replyTo');
  const articleLink = model.link(UID.comment, 'article');
  const hasVisibleReply = (alias: string) =>
    knex(`${replyLink.table} as rl`)
      .join(`${C.table} as rc`, 'rc.id', `rl.${replyLink.sourceColumn}`)
      .whereRaw('?? = ??', [`rl.${replyLink.targetColumn}`, `${alias}.id`])
      .where(visibleComment('rc'))
      .select(knex.raw('1'));
  /** Each comment once per article document (a comment may link to more than one version of it). */
  const commentsOf = (articleDocumentIds: readonly string[]) =>
    knex(`${articleLink.table} as la`)
      .join(`${model.table(UID.article)} as a`, 'a.id', `la.${articleLink.targetColumn}`)
      .whereIn('a.document_id', articleDocumentIds as string[])
      .distinct({ comment_id: `la.${articleLink.sourceColumn}`, article: 'a.document_id' });

  return {
    /** Which of these targets the reader follows. */
    async followedAmong(readerId: number, kind: FollowKind, documentIds: readonly string[]) {
      touch(READER_DATA_UID.follow);
      const rows: Record<string, string>[] = await knex(F.table)
        .where(F.reader, readerId)
        .where(F.type, kind)
        .whereIn(F.target, documentIds as string[])
        .select({ target: F.target });
      return new Set(rows.map((row) => row.target));
    },

    async followerCounts(kind: FollowKind, documentIds: readonly string[]) {
      touch(READER_DATA_UID.follow);
      const rows: { target: string; total: number | string }[] = await knex(F.table)
        .where(F.type, kind)
        .whereIn(F.target, documentIds as string[])
        .groupBy(F.target)
        .select({ target: F.target })
        .count({ total: '*' });
      return new Map(rows.map((row) => [row.target, Number(row.total)]));
    },

    /** The reader's follows of published targets, newest first, with the total. */
    async follows(readerId: number, offset: number, limit: number) {
      const rows: Record<string, any>[] = await knex(`${F.table} as f`)
        .where(`f.${F.reader}`, readerId)
        .where((qb) =>
          qb
            .where((series) => series.where(`f.${F.type}`, 'series').whereExists(published('series')))
            .orWhere((person) => person.where(`f.${F.type}`, 'person').whereExists(published('person')))
        )
        .select({ kind: `f.${F.type}`, documentId: `f.${F.target}`, followedAt: `f.${F.created}` }, knex.raw('count(*) over () as __total'))
        .orderBy([
          { column: `f.${F.created}`, order: 'desc' },
          { column: 'f.id', order: 'desc' },
        ])
        .offset(offset)
        .limit(limit);
      return {
        rows: rows.map((row) => ({ kind: row.kind as FollowKind, documentId: String(row.documentId), followedAt: toIsoDateTime(row.followedAt)! })),
        total: rows.length ? Number(rows[0].__total) : null,
      };
    },

    /**
     * Published articles tagged with a series or person the reader follows, newest first, each
     * once, after `after`; `total` counts the whole feed (same statement).
     */
    async feed(readerId: number, after: FeedKey | null, limit: number) {
      touch(UID.article, UID.series, UID.person, READER_DATA_UID.follow);
      const table = model.table(UID.article);
      const publishedOn = model.column(UID.article, 'publishedOn');
      const structural = knex(`${table} as s`)
        .whereNotNull('s.published_at')
        .whereNotNull(`s.${publishedOn}`)
        .select('s.id', 's.document_id', { published_on: `s.${publishedOn}` });
      structural.select(
        model.isLocalized(UID.article)
          ? knex.raw(`row_number() over (partition by s.document_id order by case when s.locale = 'de' then 0 else 1 end, s.id) as __version`)
          : knex.raw('1 as __version')
      );
      const followed = (kind: FollowKind) => knex(F.table).where(F.reader, readerId).where(F.type, kind).select(F.target);
      const tagged = (field: string, kind: FollowKind) => {
        const link = model.link(UID.article, field);
        return knex(`${link.table} as l`)
          .join(`${model.table(link.target)} as lt`, 'lt.id', `l.${link.targetColumn}`)
          .whereRaw('?? = ??', [`l.${link.sourceColumn}`, 'd.id'])
          .whereIn('lt.document_id', followed(kind))
          .select(knex.raw('1'));
      };
      const matching = knex
        .from(structural.as('d'))
        .where('d.__version', 1)
        .where((qb) => qb.whereExists(tagged('series', 'series')).orWhereExists(tagged('people', 'person')))
        .select('d.document_id', 'd.published_on', knex.raw('count(*) over () as __total'));
      const qb = knex.from(matching.as('m')).select('m.document_id', 'm.published_on', 'm.__total');
      if (after) {
        const [time, documentId] = after;
        qb.where((page) =>
          page.where('m.published_on', '<', time).orWhere((tie) => tie.where('m.published_on', '=', time).where('m.document_id', '<', documentId))
        );
      }
      const rows: { document_id: string; published_on: unknown; __total: number | string }[] = await qb
        .orderBy([
          { column: 'm.published_on', order: 'desc' },
          { column: 'm.document_id', order: 'desc' },
        ])
        .limit(limit);
      return {
        rows: rows.map((row) => ({
          documentId: row.document_id,
          key: [row.published_on instanceof Date ? row.published_on.toISOString() : row.published_on, row.document_id] as FeedKey,
        })),
        total: rows.length ? Number(rows[0].__total) : null,
      };
    },

    /** The reader's own account fields the API shows them. */
    async accounts(readerIds: readonly number[]) {
      const rows: { id: number; email: string }[] = await knex(model.table(READER_DATA_UID.user))
        .whereIn('id', readerIds as number[])
        .select('id', { email: model.column(READER_DATA_UID.user, 'email') });
      return new Map(rows.map((row) => [Number(row.id), { email: row.email }]));
    },

    /**
     * A window of each article's top-level comments, oldest first, with their number: visible
     * ones, and tombstones of removed ones that still have visible answers.
     */
    async comments(articleDocumentIds: readonly string[], offset: number, limit: number) {
      touch(UID.comment);
      const ranked = knex(`${C.table} as c`)
        .join(commentsOf(articleDocumentIds).as('ca'), 'ca.comment_id', 'c.id')
        .whereNotExists(
          knex(`${replyLink.table} as pl`)
            .whereRaw('?? = ??', [`pl.${replyLink.sourceColumn}`, 'c.id'])
            .select(knex.raw('1'))
        )
        .where((qb) => qb.where(visibleComment('c')).orWhereExists(hasVisibleReply('c')))
        .select('c.*', { __article: 'ca.article' })
        .select(knex.raw(`row_number() over (partition by ca.article order by ${commentOrder('c').toQuery()}) as __position`))
        .select(knex.raw('count(*) over (partition by ca.article) as __total'));
      const rows: Record<string, any>[] = await knex
        .from(ranked.as('p'))
        .where('p.__position', '>', offset)
        .where('p.__position', '<=', offset + limit)
        .orderBy([{ column: 'p.__article' }, { column: 'p.__position' }]);
      const result = new Map<string, { items: CommentEntity[]; total: number }>(articleDocumentIds.map((id) => [id, { items: [], total: 0 }]));
      for (const row of rows) {
        const entry = result.get(row.__article)!;
        entry.items.push(toComment(row));
        entry.total = Number(row.__total);
      }
      return result;
    },

    /** Visible comments and answers per article. */
    async commentCounts(articleDocumentIds: readonly string[]) {
      touch(UID.comment);
      const rows: { article: string; total: number | string }[] = await knex(`${C.table} as c`)
        .join(commentsOf(articleDocumentIds).as('ca'), 'ca.comment_id', 'c.id')
        .where(visibleComment('c'))
        .groupBy('ca.article')
        .select({ article: 'ca.article' })
        .count({ total: '*' });
      return new Map(rows.map((row) => [row.article, Number(row.total)]));
    },

    /** The first `limit` visible answers per comment row id, oldest first, with their number. */
    async replies(parentRowIds: readonly number[], limit: number) {
      touch(UID.comment);
      const ranked = knex(`${replyLink.table} as rl`)
        .join(`${C.table} as c`, 'c.id', `rl.${replyLink.sourceColumn}`)
        .whereIn(`rl.${replyLink.targetColumn}`, parentRowIds as number[])
        .where(visibleComment('c'))
        .select('c.*', { __parent: `rl.${replyLink.targetColumn}` })
        .select(knex.raw(`row_number() over (partition by ?? order by ${commentOrder('c').toQuery()}) as __position`, [`rl.${replyLink.targetColumn}`]))
        .select(knex.raw('count(*) over (partition by ??) as __total', [`rl.${replyLink.targetColumn}`]));
      const rows: Record<string, any>[] = await knex
        .from(ranked.as('p'))
        .where('p.__position', '<=', limit)
        .orderBy([{ column: 'p.__parent' }, { column: 'p.__position' }]);
      const result = new Map<number, { items: CommentEntity[]; total: number }>(parentRowIds.map((id) => [id, { items: [], total: 0 }]));
      for (const row of rows) {
        const entry = result.get(Number(row.__parent))!;
        entry.items.push(toComment(row));
        entry.total = Number(row.__total);
      }
      return result;
    },

    /** Comments by document id, whatever their state (the caller decides what to show). */
    async commentsByDocumentId(documentIds: readonly string[]) {
      touch(UID.comment);
      const rows: Record<string, any>[] = await knex(C.table)
        .whereIn('document_id', documentIds as string[])
        .select('*');
      return new Map(rows.map((row) => [String(row.document_id), toComment(row)]));
    },

    /** Which of these comment rows the reader has an open report on. */
    async openReports(readerId: number, commentRowIds: readonly number[]) {
      const link = model.link(READER_DATA_UID.report, 'comment');
      const report = model.table(READER_DATA_UID.report);
      const rows: { comment: number }[] = await knex(`${link.table} as l`)
        .join(`${report} as r`, 'r.id', `l.${link.sourceColumn}`)
        .where(`r.${model.joinColumn(READER_DATA_UID.report, 'reporter')}`, readerId)
        .where(`r.${model.column(READER_DATA_UID.report, 'status')}`, 'open')
        .whereIn(`l.${link.targetColumn}`, commentRowIds as number[])
        .select({ comment: `l.${link.targetColumn}` });
      return new Set(rows.map((row) => Number(row.comment)));
    },
  };
};

export type ReaderData = ReturnType<typeof createReaderData>;
