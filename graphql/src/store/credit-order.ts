import type { Knex } from 'knex';
import { CREDIT_RANK_UID, UID } from '../../../types/domain/uids';
import type { Model } from './model';
import { col, dialectOf, q } from './sql';

/** The departments a credit is stored in; each has its own numbering. */
export const DEPARTMENTS = ['cast', 'crew'] as const;

/**
 * Each credit of a series in one department with its person's place in the list as the API shows
 * it: people ranked by their best billing, then their first billing order, then name, each person
 * once. Answers `src` (series row id), `series_doc`, `credit_id`, `person_doc`, `pos`.
 *
 * `visible(uid, alias)` says which versions count; `where` filters the series link `ls`. Bindings,
 * in order: the department, the season number when `season` is set, then those of `where`.
 * Ranking sorts every credit of the series, so the read path uses it only where the order kept on
 * write does not apply (a season's cast); {@link createCreditOrder} stores its result.
 */
export const rankedCreditsSql = (model: Model, visible: (uid: string, alias: string) => string, where: string, season: boolean) => {
  const [series, person, seasons] = [model.link(UID.series, 'credits'), model.link(UID.credit, 'person'), model.link(UID.credit, 'seasons')];
  const src = col('ls', series.sourceColumn);
  const group = `partition by ${src}, p.${q('document_id')}`;
  const inSeason = season
    ? ` AND EXISTS (SELECT 1 FROM ${q(seasons.table)} lsn JOIN ${q(model.table(UID.season))} sn ON sn.${q('id')} = ${col('lsn', seasons.targetColumn)} ` +
      `WHERE ${col('lsn', seasons.sourceColumn)} = c.${q('id')} AND ${visible(UID.season, 'sn')} AND ${col('sn', 'number')} = ?)`
    : '';
  const ranked =
    `SELECT ${src} AS src, s0.${q('document_id')} AS series_doc, c.${q('id')} AS credit_id, p.${q('document_id')} AS person_doc, ` +
    `min(CASE ${col('c', 'billing')} WHEN 'main' THEN 0 WHEN 'recurring' THEN 1 WHEN 'guest' THEN 2 ELSE 3 END) over (${group}) AS billing_rank, ` +
    `min(COALESCE(${col('c', 'order')}, 2147483647)) over (${group}) AS first_order, min(lower(${col('p', 'name')})) over (${group}) AS sort_name ` +
    `FROM ${q(series.table)} ls JOIN ${q(model.table(UID.series))} s0 ON s0.${q('id')} = ${src} ` +
    `JOIN ${q(model.table(UID.credit))} c ON c.${q('id')} = ${col('ls', series.targetColumn)} AND ${visible(UID.credit, 'c')} AND ${col('c', 'department')} = ? ` +
    `JOIN ${q(person.table)} lp ON ${col('lp', person.sourceColumn)} = c.${q('id')} ` +
    `JOIN ${q(model.table(UID.person))} p ON p.${q('id')} = ${col('lp', person.targetColumn)} AND ${visible(UID.person, 'p')}${inSeason} ` +
    `WHERE ${where}`;
  return (
    `SELECT v.src, v.series_doc, v.credit_id, v.person_doc, ` +
    `dense_rank() over (partition by v.src order by v.billing_rank, v.first_order, v.sort_name, v.person_doc) AS pos FROM (${ranked}) v`
  );
};

/**
 * The order of every series' cast and crew, kept in a table of its own (the hidden credit-rank
 * content type): one row per credit with its person's place, indexed by (series row, department,
 * place), so a page of 50 reads 50 people's rows however many credits the series has. Ranking at
 * read time sorted every credit of the series on every request (3.5 ms of SQL at 1,000 credits
 * against 0.12 ms from this table). Each series row is ranked among the versions of its own kind:
 * a published series row among published credits and people, a draft among drafts.
 *
 * Kept current by the plugin's document middleware (a write to a series, credit or person ranks
 * the series it touches, in the write's transaction) and rebuilt whole at start-up, for writes
 * that bypass the Document Service (imports, SQL).
 */
export const createCreditOrder = (model: Model) => {
  const table = () => model.table(CREDIT_RANK_UID);
  const column = (attribute: string) => model.column(CREDIT_RANK_UID, attribute);
  const sameState = (uid: string, alias: string) =>
    model.hasDraftAndPublish(uid) ? `(${col(alias, 'published_at')} IS NULL) = (s0.${q('published_at')} IS NULL)` : '1 = 1';

  /** Series documents whose order a write to `uid`'s document may change: before the write and after it, ask both times. */
  const affectedSeries = async (knex: Knex, uid: string, documentId: string): Promise<string[]> => {
    const [seriesLink, personLink] = [model.link(UID.series, 'credits'), model.link(UID.credit, 'person')];
    const involved =
      uid === UID.credit
        ? `SELECT c.${q('id')} FROM ${q(model.table(UID.credit))} c WHERE c.${q('document_id')} = ?`
        : uid === UID.person
          ? `SELECT ${col('lp', personLink.sourceColumn)} FROM ${q(personLink.table)} lp JOIN ${q(model.table(UID.person))} p ON p.${q('id')} = ${col('lp', personLink.targetColumn)} WHERE p.${q('document_id')} = ?`
          : `SELECT ${col('ls', seriesLink.targetColumn)} FROM ${q(seriesLink.table)} ls JOIN ${q(model.table(UID.series))} s ON s.${q('id')} = ${col('ls', seriesLink.sourceColumn)} WHERE s.${q('document_id')} = ?`;
    // The series the involved credits link to, and those whose stored order still names them (a credit moved away, a person unpublished).
    const sql =
      `SELECT s.${q('document_id')} AS doc FROM ${q(seriesLink.table)} ls JOIN ${q(model.table(UID.series))} s ON s.${q('id')} = ${col('ls', seriesLink.sourceColumn)} ` +
      `WHERE ${col('ls', seriesLink.targetColumn)} IN (${involved}) ` +
      `UNION SELECT ${col('r', column('seriesDocumentId'))} FROM ${q(table())} r WHERE ${col('r', column('creditId'))} IN (${involved})` +
      (uid === UID.person
        ? ` UNION SELECT ${col('r', column('seriesDocumentId'))} FROM ${q(table())} r WHERE ${col('r', column('personDocumentId'))} = ?`
        : '');
    const rows = rowsOf<{ doc: string | null }>(await knex.raw(sql, uid === UID.person ? [documentId, documentId, documentId] : [documentId, documentId]));
    const documents = new Set(rows.map(({ doc }) => doc).filter((doc): doc is string => Boolean(doc)));
    if (uid === UID.series) documents.add(documentId);
    return [...documents];
  };

  /**
   * Ranks the cast and crew of these series documents (every version), or of every series; run it
   * in the write's transaction. Writes that share a transaction may run at once (the Content
   * Manager's bulk publish is a Promise.all in one transaction): their rankings take turns, or
   * one's delete could fall between another's delete and insert and leave rows twice.
   */
  const rebuild = (knex: Knex, seriesDocumentIds: readonly string[] | 'all') => {
    if (seriesDocumentIds !== 'all' && seriesDocumentIds.length === 0) return Promise.resolve();
    const run = (turns.get(knex) ?? Promise.resolve()).then(() => rank(knex, seriesDocumentIds));
    turns.set(
      knex,
      run.catch(() => undefined)
    );
    return run;
  };
  const turns = new WeakMap<Knex, Promise<void>>();

  const rank = async (knex: Knex, seriesDocumentIds: readonly string[] | 'all') => {
    // Two instances ranking one series at once would each delete the rows they saw and insert their own: one at a time.
    if (dialectOf(knex) === 'postgres') await knex.raw("select pg_advisory_xact_lock(hashtext('showrunner.credit-order'))");
    const remove = knex(table());
    if (seriesDocumentIds !== 'all') remove.whereIn(column('seriesDocumentId'), seriesDocumentIds as string[]);
    await remove.delete();
    const documents = seriesDocumentIds === 'all' ? null : [...seriesDocumentIds];
    const where = documents ? `s0.${q('document_id')} IN (${documents.map(() => '?').join(', ')})` : '1 = 1';
    const columns = ['seriesId', 'seriesDocumentId', 'department', 'creditId', 'personDocumentId', 'position'].map((name) => q(column(name))).join(', ');
    for (const department of DEPARTMENTS) {
      await knex.raw(
        `INSERT INTO ${q(table())} (${columns}) SELECT r.src, r.series_doc, ?, r.credit_id, r.person_doc, r.pos FROM (${rankedCreditsSql(model, sameState, where, false)}) r`,
        [department, department, ...(documents ?? [])]
      );
    }
  };

  return { affectedSeries, rebuild };
};

/** knex.raw answers an array on SQLite and a result with `rows` on PostgreSQL. */
const rowsOf = <T>(result: T[] | { rows: T[] }): T[] => (Array.isArray(result) ? result : result.rows);

export type CreditOrder = ReturnType<typeof createCreditOrder>;
