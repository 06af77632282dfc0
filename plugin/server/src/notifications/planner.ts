import type { Core } from '@strapi/strapi';
import { WEBHOOK_UID } from '../webhooks/uids';
import type { NotificationChannel } from './contract';
import { NOTIFYING_EVENT_TYPES, planEvent, type PlannedEvent } from './events';
import { preferencesOf, releaseTime } from './preferences';
import type { NotificationSettings } from './settings';
import { parseJson, tableOf } from './tables';
import { EMAIL_ALERT_UID, NOTIFICATION_UID } from './uids';

type Row = Record<string, any>;
/** An event's plan with its payload serialized once for all its rows. */
type Planned = PlannedEvent & { json: string };

/** Events this long after they were written are certainly committed, or rolled back for good. */
const SETTLED_MS = 5 * 60 * 1000;
const EVENTS_PER_ROUND = 100;
const WATERMARK = 'events';
/** Followers first, then e-mail alert subscriptions; `done` marks an event fully planned. */
type Phase = 'follows' | 'alerts' | 'done';

export const dedupeKey = (eventId: string, recipient: string, channel: NotificationChannel, subscription: number | null) =>
  `${eventId}:${recipient}:${channel}:${subscription ?? '-'}`;

/**
 * Fans outbox events out to delivery rows: one per event, recipient, channel and subscription.
 *
 * Its place is kept in cursor rows: a watermark (every notifying event up to it is planned) and,
 * per event in progress, the phase and the last follow or alert id done. Each batch inserts its
 * rows and moves the event's cursor in one transaction, and the rows' unique dedupe key makes a
 * batch that runs twice (after a crash, or on two instances at once) insert nothing new: a SIGKILL
 * mid fan-out resumes where the last committed batch ended, without duplicates or gaps.
 *
 * Outbox ids are given out before their transactions commit, so an event can become visible
 * after a higher id was already planned. The watermark therefore only passes events that are
 * planned and older than SETTLED_MS; newer ones are looked at individually until then.
 */
export const createPlanner = (strapi: Core.Strapi, settings: NotificationSettings) => {
  const knex = strapi.db.connection;
  const events = tableOf(strapi, WEBHOOK_UID.event);
  const cursors = tableOf(strapi, NOTIFICATION_UID.cursor);
  const deliveries = tableOf(strapi, NOTIFICATION_UID.delivery);
  const follows = tableOf(strapi, 'plugin::showrunner.follow');
  const preferences = tableOf(strapi, NOTIFICATION_UID.setting);
  const pushSubscriptions = tableOf(strapi, NOTIFICATION_UID.pushSubscription);
  const hasEmailAlerts = () => Boolean(strapi.contentTypes[EMAIL_ALERT_UID as never]);

  const C = {
    name: cursors.column('name'),
    position: cursors.column('position'),
    phase: cursors.column('phase'),
    createdAt: cursors.column('createdAt'),
    updatedAt: cursors.column('updatedAt'),
  };

  const readCursor = async (name: string, trx: any = knex): Promise<{ position: number; phase: Phase } | null> => {
    const row = await trx(cursors.name).where(C.name, name).first(C.position, C.phase);
    return row ? { position: Number(row[C.position] ?? 0), phase: (row[C.phase] ?? 'follows') as Phase } : null;
  };

  const writeCursor = async (name: string, position: number, phase: Phase, trx: any = knex) => {
    const now = new Date();
    await trx(cursors.name)
      .insert({ [C.name]: name, [C.position]: position, [C.phase]: phase, [C.createdAt]: now, [C.updatedAt]: now })
      .onConflict(C.name)
      .merge({ [C.position]: position, [C.phase]: phase, [C.updatedAt]: now });
  };

  /** The first start plans from now on: the outbox's past (demo content, years of history) is not news. */
  const watermark = async () => {
    const current = await readCursor(WATERMARK);
    if (current) return current.position;
    const last = await knex(events.name).max({ id: 'id' }).first();
    await knex(cursors.name)
      .insert({ [C.name]: WATERMARK, [C.position]: Number(last?.id ?? 0), [C.phase]: 'done', [C.createdAt]: new Date(), [C.updatedAt]: new Date() })
      .onConflict(C.name)
      .ignore();
    return (await readCursor(WATERMARK))!.position;
  };

  /**
   * One multi-row VALUES statement per chunk, written by hand: knex turns a multi-row insert on
   * SQLite into a UNION ALL of SELECTs, which is slower and capped at 500 rows. A chunk stays below
   * SQLite's 32,766 bound parameters per statement.
   */
  const insertRows = async (rows: Row[], trx: any) => {
    if (rows.length === 0) return;
    const columns = Object.keys(rows[0]);
    const chunk = Math.floor(30_000 / columns.length);
    const tuple = `(${columns.map(() => '?').join(', ')})`;
    const head = `insert into "${deliveries.name}" (${columns.map((c) => `"${c}"`).join(', ')}) values `;
    const tail = ` on conflict ("${deliveries.column('dedupeKey')}") do nothing`;
    for (let i = 0; i < rows.length; i += chunk) {
      const part = rows.slice(i, i + chunk);
      await trx.raw(
        head + part.map(() => tuple).join(', ') + tail,
        part.flatMap((row) => columns.map((c) => row[c]))
      );
    }
  };

  const D = Object.fromEntries(
    [
      'dedupeKey',
      'eventId',
      'eventType',
      'kind',
      'channel',
      'userId',
      'emailAlertId',
      'pushSubscriptionId',
      'payload',
      'state',
      'attempts',
      'nextAttemptAt',
      'giveUpAt',
      'sentAt',
      'createdAt',
      'updatedAt',
    ].map((name) => [name, deliveries.column(name)])
  );

  const row = (event: Row, planned: Planned, now: Date, recipient: string, channel: NotificationChannel, ids: Row, dueAt: Date | null) => ({
    [D.dedupeKey]: dedupeKey(event.messageId, recipient, channel, ids.pushSubscriptionId ?? null),
    [D.eventId]: event.messageId,
    [D.eventType]: event.eventType,
    [D.kind]: planned.kind,
    [D.channel]: channel,
    [D.userId]: ids.userId ?? null,
    [D.emailAlertId]: ids.emailAlertId ?? null,
    [D.pushSubscriptionId]: ids.pushSubscriptionId ?? null,
    [D.payload]: planned.json,
    // The inbox is the in-app channel's delivery: its rows are sent once they exist.
    [D.state]: dueAt ? 'pending' : 'sent',
    [D.attempts]: 0,
    [D.nextAttemptAt]: dueAt,
    [D.giveUpAt]: dueAt ? new Date(dueAt.getTime() + settings.giveUpMs) : null,
    [D.sentAt]: dueAt ? null : now,
    [D.createdAt]: now,
    [D.updatedAt]: now,
  });

  /** Rows for one batch of followers, by their settings: at most one per reader, channel and push subscription. */
  const followerRows = async (event: Row, planned: Planned, readerIds: number[], now: Date, trx: any) => {
    const [settingRows, subscriptionRows] = await Promise.all([
      trx(preferences.name)
        .whereIn(preferences.column('userId'), readerIds)
        .select({
          userId: preferences.column('userId'),
          channels: preferences.column('channels'),
          quietStart: preferences.column('quietStart'),
          quietEnd: preferences.column('quietEnd'),
          timeZone: preferences.column('timeZone'),
        }),
      trx(pushSubscriptions.name)
        .whereIn(pushSubscriptions.column('userId'), readerIds)
        .select({ id: 'id', userId: pushSubscriptions.column('userId') })
        .orderBy('id'),
    ]);
    const settingsOf = new Map<number, Row>(settingRows.map((s: Row) => [Number(s.userId), s]));
    const subscriptionsOf = new Map<number, number[]>();
    for (const s of subscriptionRows) subscriptionsOf.set(Number(s.userId), [...(subscriptionsOf.get(Number(s.userId)) ?? []), Number(s.id)]);

    return readerIds.flatMap((userId) => {
      const stored = settingsOf.get(userId);
      const { channels, quietHours } = preferencesOf(stored ? { ...stored, channels: parseJson(stored.channels) } : null);
      const wants = channels[planned.kind];
      const recipient = `u${userId}`;
      const rows: Row[] = [];
      if (wants.inapp) rows.push(row(event, planned, now, recipient, 'inapp', { userId }, null));
      if (wants.push) {
        const due = releaseTime(now, quietHours);
        for (const pushSubscriptionId of subscriptionsOf.get(userId) ?? []) {
          rows.push(row(event, planned, now, recipient, 'push', { userId, pushSubscriptionId }, due));
        }
      }
      if (wants.email) rows.push(row(event, planned, now, recipient, 'email', { userId }, now));
      return rows;
    });
  };

  const followerBatch = (planned: Planned, after: number, trx: any) => {
    const [reader, type, target] = [follows.column('reader'), follows.column('targetType'), follows.column('targetDocumentId')];
    return trx(follows.name)
      .where('id', '>', after)
      .whereNotNull(reader)
      .where((q: any) => {
        if (planned.series.length) q.orWhere((s: any) => s.where(type, 'series').whereIn(target, planned.series));
        if (planned.people.length) q.orWhere((p: any) => p.where(type, 'person').whereIn(target, planned.people));
      })
      .orderBy('id')
      .limit(settings.batchSize)
      .select({ id: 'id', reader });
  };

  /** E-mail alert subscriptions (no account) for the event's series and kind. */
  const alertBatch = async (planned: Planned, after: number) => {
    if (!hasEmailAlerts() || planned.series.length === 0) return [];
    const rows: Row[] = await strapi.db.query(EMAIL_ALERT_UID as never).findMany({
      where: { id: { $gt: after }, state: 'active', series: { documentId: { $in: planned.series } } },
      select: ['id', 'kinds'],
      orderBy: { id: 'asc' },
      limit: settings.batchSize,
    });
    return rows;
  };

  /** Plans one batch of the event's current phase; false when the event is done. */
  const planBatch = async (event: Row, planned: Planned) => {
    const name = `event:${event.id}`;
    return strapi.db.transaction(async ({ trx }) => {
      const cursor = (await readCursor(name, trx)) ?? { position: 0, phase: 'follows' as Phase };
      const now = new Date();
      if (cursor.phase === 'follows') {
        const batch: Row[] = await followerBatch(planned, cursor.position, trx);
        const readerIds = [...new Set(batch.map((f) => Number(f.reader)))];
        if (readerIds.length) await insertRows(await followerRows(event, planned, readerIds, now, trx), trx);
        const next =
          batch.length < settings.batchSize ? { position: 0, phase: 'alerts' as Phase } : { position: Number(batch.at(-1)!.id), phase: cursor.phase };
        await writeCursor(name, next.position, next.phase, trx);
        return true;
      }
      if (cursor.phase === 'alerts') {
        const batch = await alertBatch(planned, cursor.position);
        const rows = batch
          .filter((alert) => {
            const kinds = parseJson<string[]>(alert.kinds);
            return !kinds?.length || kinds.includes(planned.kind);
          })
          .map((alert) => row(event, planned, now, `a${alert.id}`, 'email', { emailAlertId: Number(alert.id) }, now));
        await insertRows(rows, trx);
        const done = batch.length < settings.batchSize;
        await writeCursor(name, done ? 0 : Number(batch.at(-1)!.id), done ? 'done' : 'alerts', trx);
        return !done;
      }
      return false;
    });
  };

  /**
   * An article published in a second locale is the same news: only its first article.published
   * notifies (the others are marked done without rows).
   */
  const isRepeat = async (event: Row) => {
    if (event.eventType !== 'article.published') return false;
    const earlier = await knex(events.name)
      .where(events.column('subjectDocumentId'), event.subjectDocumentId)
      .where(events.column('eventType'), 'article.published')
      .where('id', '<', event.id)
      .first('id');
    return Boolean(earlier);
  };

  const planOne = async (event: Row) => {
    const planned = (await isRepeat(event)) ? null : planEvent(event.eventType, event.payload);
    if (planned) while (await planBatch(event, { ...planned, json: JSON.stringify(planned.payload) }));
    else await writeCursor(`event:${event.id}`, 0, 'done');
  };

  /** Moves the watermark over the planned, settled prefix and forgets the cursors below it. */
  const advance = async (from: number, pending: Row[], done: Set<number>) => {
    let mark = from;
    const settled = Date.now() - SETTLED_MS;
    for (const event of pending) {
      if (!done.has(Number(event.id)) || new Date(event.occurredAt).getTime() > settled) break;
      mark = Number(event.id);
    }
    if (mark === from) return;
    await strapi.db.transaction(async ({ trx }) => {
      await writeCursor(WATERMARK, mark, 'done', trx);
      const names = pending.filter((event) => Number(event.id) <= mark).map((event) => `event:${event.id}`);
      for (let i = 0; i < names.length; i += 500)
        await trx(cursors.name)
          .whereIn(C.name, names.slice(i, i + 500))
          .del();
    });
  };

  return {
    /** Plans every event not planned yet; resolves how many it planned. */
    async run(): Promise<number> {
      const from = await watermark();
      const pending: Row[] = [];
      for (let after = from; ;) {
        const page: Row[] = await knex(events.name)
          .where('id', '>', after)
          .whereIn(events.column('eventType'), NOTIFYING_EVENT_TYPES)
          .orderBy('id')
          .limit(EVENTS_PER_ROUND)
          .select({
            id: 'id',
            messageId: events.column('messageId'),
            eventType: events.column('eventType'),
            subjectDocumentId: events.column('subjectDocumentId'),
            occurredAt: events.column('occurredAt'),
            payload: events.column('payload'),
          });
        pending.push(...page);
        if (page.length < EVENTS_PER_ROUND) break;
        after = Number(page.at(-1)!.id);
      }
      if (pending.length === 0) return 0;
      const done = new Set<number>();
      const names = pending.map((event) => `event:${event.id}`);
      for (let i = 0; i < names.length; i += 500) {
        const finished = await knex(cursors.name)
          .whereIn(C.name, names.slice(i, i + 500))
          .where(C.phase, 'done')
          .select({ name: C.name });
        for (const c of finished) done.add(Number(String(c.name).slice('event:'.length)));
      }
      let planned = 0;
      for (const event of pending) {
        if (done.has(Number(event.id))) continue;
        await planOne(event);
        done.add(Number(event.id));
        planned += 1;
      }
      await advance(from, pending, done);
      return planned;
    },
  };
};
