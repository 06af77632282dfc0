import type { Knex } from 'knex';
import type { Entity, EntityScope } from '../../../types/domain/entities';
import { pickByDocument, rowToFields } from './entities';
import type { Model } from './model';

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

/**
 * The public read path: plain SQL over Strapi's tables, one statement per batch, visible versions
 * only (published, or drafts in preview), every locale of the chain in the same statement.
 */
export const createReader = (knex: Knex, model: Model, scope: ReadScope) => {
  const visible = (uid: string, alias: string) => (qb: Knex.QueryBuilder) => {
    if (scope.draft && model.hasDraftAndPublish(uid)) qb.whereNull(`${alias}.published_at`);
    else qb.whereNotNull(`${alias}.published_at`);
  };

  /** Joins `t` = every visible chain-locale version of the document of row `alias`. */
  const joinVersions = (qb: Knex.QueryBuilder, uid: string, alias: string) => {
    const table = model.table(uid);
    if (!model.isLocalized(uid)) return qb.select(`${alias}.*`);
    return qb
      .join(`${table} as t`, function () {
        this.on('t.document_id', '=', `${alias}.document_id`);
      })
      .where(visible(uid, 't'))
      .whereIn('t.locale', scope.chain)
      .select('t.*');
  };

  const toEntities = (uid: string, rows: Record<string, unknown>[]) => {
    scope.touched?.add(uid);
    return pickByDocument(model, uid, rows, scope);
  };
  const touch = (...uids: string[]) => uids.forEach((uid) => scope.touched?.add(uid));

  return {
    scope,

    /** Documents of `uid` with a visible version whose `attribute` is one of `values`, keyed by that value. */
    async byAttribute(uid: string, attribute: string, values: readonly unknown[]) {
      const column = model.column(uid, attribute);
      const qb = knex(`${model.table(uid)} as s`)
        .whereIn(`s.${column}`, values as Knex.Value[])
        .where(visible(uid, 's'));
      const rows: Record<string, unknown>[] = await joinVersions(qb, uid, 's').select({ __key: `s.${column}` });
      const entities = toEntities(uid, rows);
      const byKey = new Map<unknown, Entity>();
      for (const row of rows) {
        const entity = entities.get(String(row.document_id));
        if (entity && !byKey.has(row.__key)) byKey.set(row.__key, entity);
      }
      return byKey;
    },

    /** Related documents per source row id, in link order or paged in the given order. */
    async linked(uid: string, field: string, sourceIds: readonly number[], page?: Page) {
      const link = model.link(uid, field);
      const targetTable = model.table(link.target);
      const ordering =
        page?.orderBy.map(([attribute, direction]) => `t1.${model.column(link.target, attribute)} ${direction}`).join(', ') ??
        (link.orderColumn ? `l.${link.orderColumn} asc` : 't1.id asc');
      const ranked = knex(`${link.table} as l`)
        .join(`${targetTable} as t1`, 't1.id', `l.${link.targetColumn}`)
        .whereIn(`l.${link.sourceColumn}`, sourceIds as number[])
        .where(visible(link.target, 't1'))
        .select({ __source: `l.${link.sourceColumn}`, __doc: 't1.document_id', __id: 't1.id' })
        .select(knex.raw(`row_number() over (partition by l.?? order by ${ordering}, t1.id asc) as __position`, [link.sourceColumn]));
      if (link.on) for (const [column, value] of Object.entries(link.on)) ranked.where(`l.${column}`, value);

      let qb = knex.from(ranked.as('p'));
      if (page) qb = qb.where('p.__position', '>', page.offset).where('p.__position', '<=', page.offset + page.limit);
      qb = model.isLocalized(link.target)
        ? qb.join(`${targetTable} as t`, 't.document_id', 'p.__doc').where(visible(link.target, 't')).whereIn('t.locale', scope.chain)
        : qb.join(`${targetTable} as t`, 't.id', 'p.__id');
      const rows: Record<string, unknown>[] = await qb.select('t.*', 'p.__source', 'p.__position');

      const entities = toEntities(link.target, rows);
      const result = new Map<number, Linked[]>(sourceIds.map((id) => [id, []]));
      const seen = new Set<string>();
      for (const row of [...rows].sort((a, b) => Number(a.__position) - Number(b.__position))) {
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
      const rows: { source: number; total: number | string }[] = await knex(`${link.table} as l`)
        .join(`${model.table(link.target)} as t1`, 't1.id', `l.${link.targetColumn}`)
        .whereIn(`l.${link.sourceColumn}`, sourceIds as number[])
        .where(visible(link.target, 't1'))
        .groupBy(`l.${link.sourceColumn}`)
        .select({ source: `l.${link.sourceColumn}` })
        .countDistinct({ total: 't1.document_id' });
      return new Map(rows.map((row) => [Number(row.source), Number(row.total)]));
    },

    /**
     * A filtered, ordered page of documents with the total in the same statement; each document
     * is represented by its default-locale version, then read along the chain.
     */
    async list(uid: string, query: ListQuery) {
      const table = model.table(uid);
      touch(uid, ...(query.linkedTo ?? []).map(([field]) => model.link(uid, field).target));
      const structural = knex(`${table} as s`).where(visible(uid, 's')).select('s.*');
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
          .where(visible(uid, 's'))
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
      const rows: Record<string, unknown>[] = await knex(`${link.table} as l`)
        .join(`${model.table(link.target)} as c`, 'c.id', `l.${link.targetColumn}`)
        .whereIn(`l.${link.sourceColumn}`, ownerIds as number[])
        .where('l.field', field)
        .where('l.component_type', link.target)
        .orderBy([`l.${link.sourceColumn}`, `l.${link.orderColumn ?? 'id'}`])
        .select('c.*', { __owner: `l.${link.sourceColumn}` });
      const result = new Map<number, Record<string, unknown>[]>(ownerIds.map((id) => [id, []]));
      for (const row of rows) result.get(Number(row.__owner))?.push(rowToFields(model, link.target, row));
      return result;
    },
  };
};

export type Reader = ReturnType<typeof createReader>;
