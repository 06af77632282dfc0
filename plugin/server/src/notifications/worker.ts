import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { nextAttemptDelay } from '../webhooks/backoff';
import { claimDue } from '../webhooks/claim';
import type { ChannelRegistry } from './channels';
import type { DeliveryRow, SendResult } from './contract';
import { preferencesOf, releaseTime } from './preferences';
import type { NotificationSettings } from './settings';
import { parseJson } from './tables';
import { NOTIFICATION_UID } from './uids';

type Row = Record<string, any>;

/** Rows claimed per round, in multiples of the concurrency. */
const CLAIM_FACTOR = 4;

export const toDeliveryRow = (row: Row): DeliveryRow => ({
  id: Number(row.id),
  dedupeKey: row.dedupeKey,
  eventId: row.eventId,
  kind: row.kind,
  channel: row.channel,
  userId: row.userId ?? null,
  emailAlertId: row.emailAlertId ?? null,
  pushSubscriptionId: row.pushSubscriptionId ?? null,
  payload: parseJson(row.payload) ?? { title: '', body: '', url: '/', tag: '' },
  attempts: row.attempts ?? 0,
});

/**
 * Sends due push and e-mail deliveries: claims them (claimDue: FOR UPDATE SKIP LOCKED on
 * PostgreSQL), hands each to its channel's sender, and records the outcome only while still
 * holding the lease, so two instances never send one notification twice and a process that
 * lost its lease never overwrites what happened since.
 */
export const createWorker = (strapi: Core.Strapi, settings: NotificationSettings, channels: ChannelRegistry) => {
  const owner = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const deliveries = () => strapi.db.query(NOTIFICATION_UID.delivery);
  // Each request slot sends up to CLAIM_FACTOR rows in a row, each bounded by the push timeout; the lease outlasts that with room to record.
  const leaseMs = (CLAIM_FACTOR + 1) * settings.push.timeoutMs + 5_000;

  const settle = (id: number, data: Record<string, unknown>) =>
    deliveries().updateMany({ where: { id, leaseOwner: owner, state: 'pending' }, data: { ...data, leaseOwner: null, leaseUntil: null } });

  /**
   * A retried push waits for the end of the reader's quiet hours as they are now: the hours may
   * have changed since the row was planned, and a retry can fall into them (or a DST switch move them).
   */
  const quietAware = async (row: Row, at: Date) => {
    if (row.channel !== 'push' || !row.userId) return at;
    const stored = await strapi.db.query(NOTIFICATION_UID.setting).findOne({ where: { userId: row.userId }, select: ['quietStart', 'quietEnd', 'timeZone'] });
    return releaseTime(at, preferencesOf(stored).quietHours);
  };

  const record = async (row: Row, result: SendResult) => {
    const now = new Date();
    const attempts = (row.attempts ?? 0) + 1;
    switch (result.kind) {
      case 'sent':
        return settle(row.id, { state: 'sent', sentAt: now, attempts, lastError: null });
      case 'gone':
      case 'failed':
        return settle(row.id, { state: 'failed', attempts, lastError: result.error.slice(0, 255) });
      case 'retry': {
        const at = await quietAware(row, new Date(now.getTime() + nextAttemptDelay(attempts, settings, result.afterMs ?? null)));
        const giveUp = row.giveUpAt ? new Date(row.giveUpAt) : null;
        if (giveUp && at > giveUp) return settle(row.id, { state: 'failed', attempts, lastError: `Gave up: ${result.error}`.slice(0, 255) });
        return settle(row.id, { attempts, nextAttemptAt: at, lastError: result.error.slice(0, 255) });
      }
    }
  };

  const deliver = async (row: Row): Promise<SendResult | null> => {
    const sender = channels.get(row.channel);
    if (!sender) return null;
    try {
      return await sender.send(toDeliveryRow(row));
    } catch (error) {
      return { kind: 'retry', error: `Sender failed: ${(error as Error)?.message ?? error}` };
    }
  };

  return {
    owner,
    /**
     * Claims up to CLAIM_FACTOR × `concurrency` due rows, sends them with at most `concurrency`
     * requests at once, and records their outcomes; resolves how many it claimed. Claiming and
     * recording a few batches' worth at a time keeps the database's share of a push small.
     */
    async runOnce(concurrency: number): Promise<number> {
      const available = channels.channels();
      if (available.length === 0 || concurrency <= 0) return 0;
      const ids = await claimDue(strapi, NOTIFICATION_UID.delivery, { owner, limit: concurrency * CLAIM_FACTOR, leaseMs }, (candidates, { column }) =>
        candidates.whereIn(`d.${column('channel')}`, available)
      );
      if (ids.length === 0) return 0;
      const rows: Row[] = await deliveries().findMany({ where: { id: { $in: ids }, leaseOwner: owner } });
      const results: [Row, SendResult | null][] = [];
      let next = 0;
      await Promise.all(
        Array.from({ length: Math.min(concurrency, rows.length) }, async () => {
          while (next < rows.length) {
            const row = rows[next++];
            results.push([row, await deliver(row)]);
          }
        })
      );
      // One transaction for the outcomes: on SQLite every statement of its own is a commit to disk.
      await strapi.db.transaction(async () => {
        for (const [row, result] of results) await (result ? record(row, result) : settle(row.id, {}));
      });
      return ids.length;
    },
  };
};
