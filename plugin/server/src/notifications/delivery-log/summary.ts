import type { Core } from '@strapi/strapi';

const DELIVERY = 'plugin::showrunner.notification-delivery';
const STATES = ['pending', 'sent', 'failed'] as const;
const RECENT = 50;

type Meta = { tableName: string; attributes: Record<string, { columnName?: string }> };

export interface LogEntry {
  id: number;
  channel: string;
  kind: string;
  state: string;
  attempts: number;
  lastError: string | null;
  createdAt: string | null;
  sentAt: string | null;
  nextAttemptAt: string | null;
}

export interface DeliveryLog {
  /** Per channel, how many deliveries are pending, sent and failed. */
  counts: { channel: string; pending: number; sent: number; failed: number }[];
  /** The newest deliveries (of one state, when asked), without recipients or payloads: the log is for operations, not for reading reader data. */
  recent: LogEntry[];
}

const iso = (value: unknown) => (value == null ? null : new Date(value as string).toISOString());

/**
 * What editors see of the notification deliveries: counts per channel and state in one grouped
 * statement, and the latest rows. Reads the spine's table by Strapi's metadata and answers empty
 * when there is none (a host without the spine), instead of failing.
 */
export const deliveryLog = async (strapi: Core.Strapi, state: string | null): Promise<DeliveryLog> => {
  if (!strapi.contentTypes[DELIVERY as keyof typeof strapi.contentTypes]) return { counts: [], recent: [] };
  const meta = strapi.db.metadata.get(DELIVERY) as unknown as Meta;
  const column = (name: string) => meta.attributes[name]?.columnName ?? name;
  const knex = strapi.db.connection;

  const grouped: { channel: string; state: string; count: string | number }[] = await knex(meta.tableName)
    .select({ channel: column('channel'), state: column('state') })
    .count({ count: '*' })
    .groupBy(column('channel'), column('state'));
  const counts = new Map<string, DeliveryLog['counts'][number]>();
  for (const row of grouped) {
    const entry = counts.get(row.channel) ?? { channel: row.channel, pending: 0, sent: 0, failed: 0 };
    if ((STATES as readonly string[]).includes(row.state)) entry[row.state as (typeof STATES)[number]] += Number(row.count);
    counts.set(row.channel, entry);
  }

  const fields = ['channel', 'kind', 'state', 'attempts', 'lastError', 'createdAt', 'sentAt', 'nextAttemptAt'].filter((name) => meta.attributes[name]);
  const query = knex(meta.tableName)
    .select('id', ...fields.map((name) => ({ [name]: column(name) })))
    .orderBy('id', 'desc')
    .limit(RECENT);
  if (state && (STATES as readonly string[]).includes(state)) query.where(column('state'), state);
  const rows: Record<string, unknown>[] = await query;

  return {
    counts: [...counts.values()].sort((a, b) => a.channel.localeCompare(b.channel)),
    recent: rows.map((row) => ({
      id: Number(row.id),
      channel: String(row.channel ?? ''),
      kind: String(row.kind ?? ''),
      state: String(row.state ?? ''),
      attempts: Number(row.attempts ?? 0),
      lastError: (row.lastError as string | null) ?? null,
      createdAt: iso(row.createdAt),
      sentAt: iso(row.sentAt),
      nextAttemptAt: iso(row.nextAttemptAt),
    })),
  };
};
