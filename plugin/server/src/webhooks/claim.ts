import type { Core } from '@strapi/strapi';
import { WEBHOOK_UID } from './uids';

export interface ClaimOptions {
  owner: string;
  limit: number;
  leaseMs: number;
  now?: Date;
}

type Narrow = (candidates: any, ctx: { knex: any; column: (name: string) => string; table: string }) => any;

/**
 * Leases due rows of an outbox-like table (`state`, `nextAttemptAt`, `leaseUntil`, `leaseOwner`)
 * to one process in a single UPDATE. On PostgreSQL the candidates are locked with FOR UPDATE SKIP
 * LOCKED, so two processes polling at once pick disjoint rows instead of queueing behind each
 * other; the lease condition is repeated in the UPDATE, so a row another process leased in the
 * meantime is never taken twice (SQLite has one writer anyway). `narrow` adds conditions on the
 * candidates (alias `d`). Webhook deliveries and notification deliveries share it.
 */
export const claimDue = async (strapi: Core.Strapi, uid: string, { owner, limit, leaseMs, now = new Date() }: ClaimOptions, narrow: Narrow = (q) => q) => {
  const meta = strapi.db.metadata.get(uid);
  const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
  const [state, nextAttemptAt, leaseUntil, leaseOwner] = ['state', 'nextAttemptAt', 'leaseUntil', 'leaseOwner'].map(column);
  const knex = strapi.db.connection;
  const free = (query: any, alias = '') => query.where((q: any) => q.whereNull(`${alias}${leaseUntil}`).orWhere(`${alias}${leaseUntil}`, '<', now));

  const candidates = narrow(free(knex({ d: meta.tableName }).select('d.id').where(`d.${state}`, 'pending').where(`d.${nextAttemptAt}`, '<=', now), 'd.'), {
    knex,
    column,
    table: meta.tableName,
  })
    .orderBy('d.id')
    .limit(limit);
  if (strapi.db.dialect.client === 'postgres') candidates.forUpdate().skipLocked();

  const leased = new Date(now.getTime() + leaseMs);
  const lease = (ids: any) =>
    free(knex(meta.tableName).whereIn('id', ids).where(state, 'pending'))
      .update({ [leaseUntil]: leased, [leaseOwner]: owner })
      .returning('id') as Promise<{ id: number }[]>;
  if (strapi.db.dialect.client === 'postgres') return (await lease(candidates)).map((row) => Number(row.id));
  // SQLite has one write lock for every process on the file, and an UPDATE takes it even when it
  // matches nothing: an idle poll would make another process's transactions fail with "database is
  // locked". So look first (a read) and write only when something is due.
  const due: { id: number }[] = await candidates;
  if (due.length === 0) return [];
  return (await lease(due.map((row) => row.id))).map((row) => Number(row.id));
};

/**
 * A delivery waits while an earlier delivery of the same document to the same endpoint is still
 * pending: that is the per-entity ordering guarantee (docs/webhooks.md).
 */
export const claimDeliveries = (strapi: Core.Strapi, options: ClaimOptions) =>
  claimDue(strapi, WEBHOOK_UID.delivery, options, (candidates, { knex, column, table }) => {
    const [state, endpointKey, subjectKey] = ['state', 'endpointKey', 'subjectKey'].map(column);
    return candidates.whereNotExists(
      knex({ e: table })
        .select(knex.raw('1'))
        .whereRaw(`e.${endpointKey} = d.${endpointKey}`)
        .whereRaw(`e.${subjectKey} = d.${subjectKey}`)
        .whereRaw('e.id < d.id')
        .where(`e.${state}`, 'pending')
    );
  });
