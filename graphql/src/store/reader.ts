import type { Knex } from 'knex';
import type { Entity, EntityScope } from '../../../types/domain/entities';
import { CREDIT_RANK_UID, UID } from '../../../types/domain/uids';
import type { Row, StatementBatch } from './batch';
import { rankedCreditsSql } from './credit-order';
import { pickByDocument, rowToFields } from './entities';
import type { Model } from './model';
import { asText, col, dialectOf, inKeys, keysOf, nestedFields, q, rowColumns, rowFields, type RowColumns } from './sql';

/** Locales in the order a reader wants them (e.g. ['en', 'de']), and drafts instead of published versions (preview token only). */
export interface ReadScope extends EntityScope {
  /** Collects every model the request reads, so a cached response knows what invalidates it. */
  touched?: Set<string>;
}

export interface Page {
  offset: number;
  limit: number;
  /** Attribute names of the target model. */
  orderBy: [attribute: string, direction: 'asc' | 'desc'][];
}

export interface ListQuery {
  where?: [attribute: string, values: unknown[]][];
  /** Only documents linked through `field` to one of these target documents. */
  linkedTo?: [field: string, documentIds: string[]][];
  orderBy: [attribute: string, direction: 'asc' | 'desc'][];
  offset: number;
  limit: number;
}

export interface CreditGroupQuery {
  /** `cast` or `crew`, as stored. */
  department: string;
  season?: number | null;
  offset: number;
  limit: number;
}

/** A page of a series' cast or crew: credits with their people and list positions, and the number of people. */
export interface CreditGroupRows {
  positions: number[];
  credits: Entity[];
  people: Entity[];
  total: number | null;
}

export interface SearchTarget {
  uid: string;
  kind: string;
  /** The attribute whose prefix match ranks a hit first (title, name, headline). */
  label: string;
}

export interface Linked {
  entity: Entity;
  position: number;
}

/** Built once per table, alias and dialect: the column lists come from the model, which does not change while Strapi runs. */
const ROW_EXPRESSIONS = new Map<string, RowColumns>();

/** The names of a batch part's values, one array per row shape (the batch compiles a row builder per array). */
const PART_NAMES = new WeakMap<RowColumns, readonly string[]>();
const COUNT_NAMES = ['__source', '__position'] as const;
const partNames = (row: RowColumns | null) => {
  if (!row) return COUNT_NAMES;
  let names = PART_NAMES.get(row);
  if (!names) PART_NAMES.set(row, (names = ['__source', '__position', ...row.names]));
  return names;
};

/**
 * The public read path: plain SQL over Strapi's tables, visible versions only (published, or
 * drafts in preview), every locale of the chain in the same statement. Reads by key and along
 * relations are parts of the request's statement batch (./batch.ts), so sibling relations share
 * one statement; their SQL is written here once per shape, with the keys bound as one JSON array.
 */
export const createReader = (knex: Knex, model: Model, scope: ReadScope, batch: StatementBatch) => {
  const dialect = dialectOf(knex);
  const visible = (uid: string, alias: string) =>
    scope.draft && model.hasDraftAndPublish(uid) ? `${col(alias, 'published_at')} IS NULL` : `${col(alias, 'published_at')} IS NOT NULL`;
  const inChain = (alias: string) => `${col(alias, 'locale')} IN (${scope.chain.map(() => '?').join(', ')})`;

  /** The row of `alias` (./sql.ts `rowColumns`): its id, document id and locale, and the columns the API reads. */
  const rowOf = (uid: string, alias: string, component = false, extras: [string, string | RowColumns][] = []) => {
    const key = `${dialect}:${uid}:${alias}:${extras.map(([name, value]) => `${name}=${typeof value === 'string' ? value : value.select.join()}`).join(':')}`;
    let row = ROW_EXPRESSIONS.get(key);
    if (!row) {
      const identity = component ? ['id'] : model.isLocalized(uid) ? ['id', 'document_id', 'locale'] : ['id', 'document_id'];
      row = rowColumns(dialect, alias, [...new Set([...identity, ...model.readColumns(uid).map(({ column }) => column)])], extras);
      ROW_EXPRESSIONS.set(key, row);
    }
    return row;
  };
  /** A part of the statement batch: `__source` and `__position`, then the row's columns. */
  const part = (source: string, position: string, row: RowColumns | null, from: string, bindings: readonly unknown[]) =>
    batch({ select: [source, position, ...(row?.select ?? [])], names: partNames(row), from, bindings });

  /**
   * `FROM <table> t` joined to `alias` by the version(s) a reader gets: every visible
   * chain-locale version of the document for translated types, the row itself otherwise.
   */
  const versionsOf = (uid: string, alias: string, on: 'document' | 'id') => {
    const table = q(model.table(uid));
    if (!model.isLocalized(uid)) return { sql: on === 'id' ? ` JOIN ${table} t ON t.${q('id')} = ${alias}.__id` : '', bindings: [] as unknown[] };
    const key = on === 'id' ? `${alias}.__doc` : col(alias, 'document_id');
    return { sql: ` JOIN ${table} t ON t.${q('document_id')} = ${key} AND ${visible(uid, 't')} AND ${inChain('t')}`, bindings: [...scope.chain] };
  };

  const toEntities = (uid: string, rows: Record<string, unknown>[]) => {
    scope.touched?.add(uid);
    return pickByDocument(model, uid, rows, scope);
  };
  const touch = (...uids: string[]) => uids.forEach((uid) => scope.touched?.add(uid));
  const parsed = (rows: Row[]): Row[] => rows.map(rowFields);

  return {
    scope,

    /** Documents of `uid` with a visible version whose `attribute` is one of `values`, keyed by that value. */
    async byAttribute(uid: string, attribute: string, values: readonly unknown[]) {
      const column = col('s', model.column(uid, attribute));
      const localized = model.isLocalized(uid);
      const versions = versionsOf(uid, 's', 'document');
      const rows = parsed(
        await part(
          asText(dialect, column),
          '0',
          rowOf(uid, localized ? 't' : 's'),
          `FROM ${q(model.table(uid))} s${versions.sql} WHERE ${inKeys(dialect, column, 'text')} AND ${visible(uid, 's')}`,
          [...versions.bindings, keysOf(dialect, values)]
        )
      );
      const entities = toEntities(uid, rows);
      const byKey = new Map<unknown, Entity>();
      for (const row of rows) {
        const entity = entities.get(String(row.document_id));
        if (entity && !byKey.has(row.__source)) byKey.set(row.__source, entity);
      }
      return byKey;
    },

    /** Related documents per source row id, in link order or paged in the given order. */
    async linked(uid: string, field: string, sourceIds: readonly number[], page?: Page) {
      const link = model.link(uid, field);
      const source = col('l', link.sourceColumn);
      const ordering =
        page?.orderBy.map(([attribute, direction]) => `${col('t1', model.column(link.target, attribute))} ${direction}`).join(', ') ??
        (link.orderColumn ? `${col('l', link.orderColumn)} asc` : 't1.id asc');
      const on = Object.entries(link.on ?? {});
      const ranked =
        `SELECT ${source} AS __source, t1.${q('document_id')} AS __doc, t1.${q('id')} AS __id, ` +
        `row_number() over (partition by ${source} order by ${ordering}, t1.${q('id')} asc) AS __position ` +
        `FROM ${q(link.table)} l JOIN ${q(model.table(link.target))} t1 ON t1.${q('id')} = ${col('l', link.targetColumn)} ` +
        `WHERE ${inKeys(dialect, source, 'integer')} AND ${visible(link.target, 't1')}${on.map(([column]) => ` AND ${col('l', column)} = ?`).join('')}`;
      const versions = versionsOf(link.target, 'p', 'id');
      const rows = parsed(
        await part(
          asText(dialect, 'p.__source'),
          'p.__position',
          rowOf(link.target, 't'),
          `FROM (${ranked}) p${versions.sql}${page ? ' WHERE p.__position > ? AND p.__position <= ?' : ''}`,
          [keysOf(dialect, sourceIds), ...on.map(([, value]) => value), ...versions.bindings, ...(page ? [page.offset, page.offset + page.limit] : [])]
        )
      );

      const entities = toEntities(link.target, rows);
      const result = new Map<number, Linked[]>(sourceIds.map((id) => [id, []]));
      const seen = new Set<string>();
      for (const row of rows.sort((a, b) => Number(a.__position) - Number(b.__position))) {
        const key = `${row.__source}:${row.document_id}`;
        if (seen.has(key)) continue;
        seen.add(key);
        result.get(Number(row.__source))?.push({ entity: entities.get(String(row.document_id))!, position: Number(row.__position) });
      }
      return result;
    },

    /** How many visible documents each source row links to. */
    async linkedCounts(uid: string, field: string, sourceIds: readonly number[]) {
      const link = model.link(uid, field);
      touch(uid, link.target);
      const source = col('l', link.sourceColumn);
      const rows = await part(
        asText(dialect, source),
        `count(distinct t1.${q('document_id')})`,
        null,
        `FROM ${q(link.table)} l JOIN ${q(model.table(link.target))} t1 ON t1.${q('id')} = ${col('l', link.targetColumn)} ` +
          `WHERE ${inKeys(dialect, source, 'integer')} AND ${visible(link.target, 't1')} GROUP BY ${source}`,
        [keysOf(dialect, sourceIds)]
      );
      return new Map(rows.map((row) => [Number(row.__source), Number(row.__position)]));
    },

    /**
     * A page of a series' cast or crew, each person once, in the order the API lists them (best
     * billing, then first billing order, then name): the order kept on write (./credit-order.ts)
     * gives the page's people by an index range, so a page reads its own people's credits only,
     * however many the series has; a season's list is ranked here. The number of people comes
     * with every row, and the person with each credit (each visible chain-locale version).
     */
    async creditGroups(seriesIds: readonly number[], { department, season, offset, limit }: CreditGroupQuery) {
      const [credits, people] = [q(model.table(UID.credit)), q(model.table(UID.person))];
      touch(UID.credit, UID.person, ...(season == null ? [] : [UID.season]));
      let page: string;
      let bindings: unknown[];
      if (season == null) {
        const ranks = q(model.table(CREDIT_RANK_UID));
        const rank = (alias: string, attribute: string) => col(alias, model.column(CREDIT_RANK_UID, attribute));
        page =
          `SELECT ${rank('o', 'seriesId')} AS src, ${rank('o', 'creditId')} AS credit_id, ${rank('o', 'personDocumentId')} AS person_doc, ${rank('o', 'position')} AS pos, ` +
          `(SELECT max(${rank('m', 'position')}) FROM ${ranks} m WHERE ${rank('m', 'seriesId')} = ${rank('o', 'seriesId')} AND ${rank('m', 'department')} = ${rank('o', 'department')}) AS total ` +
          `FROM ${ranks} o WHERE ${inKeys(dialect, rank('o', 'seriesId'), 'integer')} AND ${rank('o', 'department')} = ? AND ${rank('o', 'position')} > ? AND ${rank('o', 'position')} <= ?`;
        bindings = [keysOf(dialect, seriesIds), department, offset, offset + limit];
      } else {
        const where = inKeys(dialect, col('ls', model.link(UID.series, 'credits').sourceColumn), 'integer');
        page = `SELECT w.src, w.credit_id, w.person_doc, w.pos, max(w.pos) over (partition by w.src) AS total FROM (${rankedCreditsSql(model, visible, where, true)}) w`;
        bindings = [department, season, keysOf(dialect, seriesIds)];
      }
      const personVersions = model.isLocalized(UID.person) ? ` AND ${visible(UID.person, 'pv')} AND ${inChain('pv')}` : ` AND ${visible(UID.person, 'pv')}`;
      const person = rowOf(UID.person, 'pv');
      const rows = await part(
        asText(dialect, 'r.src'),
        'r.pos',
        rowOf(UID.credit, 'c2', false, [
          ['__total', 'r.total'],
          ['__person', person],
        ]),
        `FROM (${page}) r JOIN ${credits} c2 ON c2.${q('id')} = r.credit_id AND ${visible(UID.credit, 'c2')} ` +
          `JOIN ${people} pv ON pv.${q('document_id')} = r.person_doc${personVersions}` +
          (season == null ? '' : ' WHERE r.pos > ? AND r.pos <= ?'),
        [...bindings, ...(model.isLocalized(UID.person) ? scope.chain : []), ...(season == null ? [] : [offset, offset + limit])]
      );
      const parsedRows = parsed(rows);
      const entities = toEntities(UID.credit, parsedRows);
      const personRows = parsedRows.map((row) => nestedFields(row, '__person', person));
      const peopleByDocument = toEntities(UID.person, personRows);
      const result = new Map<number, CreditGroupRows>(seriesIds.map((id) => [id, { positions: [], credits: [], people: [], total: null }]));
      const seen = new Set<string>();
      parsedRows.forEach((row, index) => {
        const page = result.get(Number(row.__source));
        if (!page || seen.has(`${row.__source}:${row.document_id}`)) return;
        seen.add(`${row.__source}:${row.document_id}`);
        page.positions.push(Number(row.__position));
        page.credits.push(entities.get(String(row.document_id))!);
        page.people.push(peopleByDocument.get(String(personRows[index].document_id))!);
        page.total = Number(row.__total);
      });
      return result;
    },

    /**
     * A filtered, ordered page of documents with the total in the same statement; each document
     * is represented by its default-locale version, then read along the chain.
     */
    async list(uid: string, query: ListQuery) {
      const table = model.table(uid);
      touch(uid, ...(query.linkedTo ?? []).map(([field]) => model.link(uid, field).target));
      const structural = knex(`${table} as s`).whereRaw(visible(uid, 's')).select('s.*');
      if (model.isLocalized(uid)) {
        structural.select(
          knex.raw('row_number() over (partition by s.document_id order by case when s.locale = ? then 0 else 1 end, s.id) as __version', [
            scope.chain.includes('de') ? 'de' : scope.chain[0],
          ])
        );
      } else {
        structural.select(knex.raw('1 as __version'));
      }
      const qb = knex.from(structural.as('d')).where('d.__version', 1);
      for (const [attribute, values] of query.where ?? []) qb.whereIn(`d.${model.column(uid, attribute)}`, values as Knex.Value[]);
      for (const [field, documentIds] of query.linkedTo ?? []) {
        const link = model.link(uid, field);
        qb.whereExists(
          knex(`${link.table} as l`)
            .join(`${model.table(link.target)} as lt`, 'lt.id', `l.${link.targetColumn}`)
            .whereRaw('?? = ??', [`l.${link.sourceColumn}`, 'd.id'])
            .whereIn('lt.document_id', documentIds)
            .select(knex.raw('1'))
        );
      }
      const order = query.orderBy.map(([attribute, direction]) => ({ column: `d.${model.column(uid, attribute)}`, order: direction }));
      const rows: { document_id: string; __total: number | string }[] = await qb
        .select('d.document_id', knex.raw('count(*) over () as __total'))
        .orderBy([...order, { column: 'd.id', order: 'asc' }])
        .offset(query.offset)
        .limit(query.limit);
      return { documentIds: rows.map((row) => row.document_id), total: rows.length ? Number(rows[0].__total) : null };
    },

    /** Documents whose normalized search text contains `needle`, best matches first, with the total. */
    async search(targets: SearchTarget[], needle: string, offset: number, limit: number) {
      touch(...targets.map(({ uid }) => uid));
      const escaped = needle.replace(/[\\%_]/g, (c) => `\\${c}`);
      const [pattern, prefix] = [`%${escaped}%`, `${escaped}%`];
      const parts = targets.map(({ uid, kind, label }, index) => {
        const column = model.column(uid, 'searchText');
        return knex(`${model.table(uid)} as s`)
          .whereRaw(visible(uid, 's'))
          .whereRaw(`?? like ? escape '\\'`, [`s.${column}`, pattern])
          .groupBy('s.document_id')
          .select({ document_id: 's.document_id' })
          .select(knex.raw('? as kind', [kind]))
          .select(knex.raw(`min(case when lower(??) like ? escape '\\' then 0 else 1 end) as rank`, [`s.${model.column(uid, label)}`, prefix]))
          .select(knex.raw('? as type_order', [index]))
          .select(knex.raw('min(??) as label', [`s.${model.column(uid, label)}`]));
      });
      const union = knex.unionAll(parts, false);
      const rows: { document_id: string; kind: string; __total: number | string }[] = await knex
        .from(union.as('hits'))
        .select('hits.document_id', 'hits.kind', knex.raw('count(*) over () as __total'))
        .orderBy([{ column: 'hits.rank' }, { column: 'hits.type_order' }, { column: 'hits.label' }, { column: 'hits.document_id' }])
        .offset(offset)
        .limit(limit);
      return { hits: rows.map(({ document_id, kind }) => ({ documentId: document_id, kind })), total: rows.length ? Number(rows[0].__total) : null };
    },

    /** Component values per owner row id, in editor order. */
    async components(uid: string, field: string, ownerIds: readonly number[]) {
      const link = model.link(uid, field);
      touch(uid);
      const owner = col('l', link.sourceColumn);
      const rows = parsed(
        await part(
          asText(dialect, owner),
          `row_number() over (partition by ${owner} order by ${col('l', link.orderColumn ?? 'id')}, l.${q('id')})`,
          rowOf(link.target, 'c', true),
          `FROM ${q(link.table)} l JOIN ${q(model.table(link.target))} c ON c.${q('id')} = ${col('l', link.targetColumn)} ` +
            `WHERE ${inKeys(dialect, owner, 'integer')} AND l.${q('field')} = ? AND l.${q('component_type')} = ?`,
          [keysOf(dialect, ownerIds), field, link.target]
        )
      );
      const result = new Map<number, Record<string, unknown>[]>(ownerIds.map((id) => [id, []]));
      for (const row of rows.sort((a, b) => Number(a.__position) - Number(b.__position))) {
        result.get(Number(row.__source))?.push(rowToFields(model, link.target, row));
      }
      return result;
    },
  };
};

export type Reader = ReturnType<typeof createReader>;
