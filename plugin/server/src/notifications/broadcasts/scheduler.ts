import type { Core } from '@strapi/strapi';
import type { ShowrunnerSettings } from '../../config/settings';
import { getService } from '../../get-service';
import { createOutbox } from '../../webhooks/outbox';
import { BROADCAST_UID } from './uids';
import { reminderKey, upcomingEvent } from './upcoming';

const BATCH = 100;

type Row = Record<string, any>;

/**
 * Writes one `broadcast.upcoming` event into the outbox for every published broadcast that enters
 * its lead time. Every process runs this; the reminder row with its unique key is inserted in the
 * same transaction as the event (ON CONFLICT DO NOTHING), so of two processes that see the same
 * broadcast at once one writes the event and the other, blocked on the key until that commits,
 * writes nothing. A broadcast that has already started gets no reminder: it would come too late.
 */
export const createBroadcastScheduler = (strapi: Core.Strapi, settings: ShowrunnerSettings['broadcasts']) => {
  const outbox = createOutbox(strapi);
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;

  const due = async (now: Date): Promise<Row[]> => {
    const horizon = new Date(now.getTime() + settings.leadMinutes * 60_000);
    const candidates: Row[] = await strapi.db.query(BROADCAST_UID.broadcast).findMany({
      where: { publishedAt: { $notNull: true }, startsAt: { $gt: now, $lte: horizon } },
      populate: { channel: { select: ['documentId', 'name'] }, episode: { populate: { season: { populate: { series: true } } } } },
      orderBy: { startsAt: 'asc' },
      limit: BATCH,
    });
    if (candidates.length === 0) return [];
    const done = await strapi.db
      .query(BROADCAST_UID.reminder)
      .findMany({ where: { reminderKey: { $in: candidates.map(reminderKey) } }, select: ['reminderKey'] });
    const seen = new Set(done.map((row: Row) => row.reminderKey));
    return candidates.filter((broadcast) => !seen.has(reminderKey(broadcast)));
  };

  /** Resolves true when this process wrote the reminder, false when another one had. */
  const remind = (broadcast: Row, now: Date) =>
    strapi.db.transaction(async ({ trx, onCommit }) => {
      const meta = strapi.db.metadata.get(BROADCAST_UID.reminder);
      const column = (name: string) => (meta.attributes[name] as { columnName?: string }).columnName ?? name;
      const inserted: unknown[] = await trx(meta.tableName)
        .insert({
          [column('reminderKey')]: reminderKey(broadcast),
          [column('broadcastDocumentId')]: broadcast.documentId,
          [column('startsAt')]: new Date(broadcast.startsAt),
          [column('createdAt')]: now,
          [column('updatedAt')]: now,
        })
        .onConflict(column('reminderKey'))
        .ignore()
        .returning('id');
      if (inserted.length === 0) return false;
      if ((await outbox.record({ contentType: 'broadcast', documentId: broadcast.documentId }, [upcomingEvent(broadcast)])) > 0) {
        onCommit(() => getService(strapi, 'webhooks').wake());
      }
      return true;
    });

  /** One pass; resolves how many reminders this process wrote. */
  const tick = async (now = new Date()) => {
    let written = 0;
    for (const broadcast of await due(now)) {
      if (await remind(broadcast, now)) written += 1;
    }
    return written;
  };

  const run = () => {
    running ??= tick()
      .catch((error) => {
        strapi.log.error(`[showrunner] Broadcast reminders: ${(error as Error)?.message ?? error}`);
        return 0;
      })
      .finally(() => {
        running = null;
      });
    return running;
  };

  return {
    tick,
    start() {
      if (timer) return;
      timer = setInterval(() => void run(), settings.pollMs);
      timer.unref();
      void run();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
};
