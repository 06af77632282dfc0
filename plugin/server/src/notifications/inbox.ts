import type { Core } from '@strapi/strapi';
import type { InboxNotification, NotificationKindName, NotificationPreferences, NotificationSettingsChange, Outcome, Viewer } from '@showrunner/graphql';
import { NOTIFICATION_KINDS } from './contract';
import { DEFAULT_TIME_ZONE, isClockTime, isTimeZone, preferencesOf } from './preferences';
import { parseJson } from './tables';
import { NOTIFICATION_UID } from './uids';
import { refusedWith } from './user-errors';

type Row = Record<string, any>;

const iso = (value: unknown) => (value == null ? null : new Date(value as string).toISOString());

const toNotification = (row: Row): InboxNotification => {
  const payload = parseJson<Record<string, string>>(row.payload) ?? {};
  return {
    id: Number(row.id),
    kind: row.kind as NotificationKindName,
    title: payload.title ?? '',
    body: payload.body ?? '',
    url: payload.url ?? '/',
    tag: payload.tag ?? '',
    createdAt: iso(row.createdAt)!,
    readAt: iso(row.readAt),
  };
};

/** The in-app inbox and the notification settings of one reader; every query is scoped to the viewer's own rows. */
export const createInbox = (strapi: Core.Strapi) => {
  const deliveries = () => strapi.db.query(NOTIFICATION_UID.delivery);
  const settingRows = () => strapi.db.query(NOTIFICATION_UID.setting);
  const own = (viewer: Viewer) => ({ userId: viewer.id, channel: 'inapp' });

  const settings = async (viewer: Viewer): Promise<NotificationPreferences> => {
    const [row, pushSubscriptionCount] = await Promise.all([
      settingRows().findOne({ where: { userId: viewer.id } }),
      strapi.db.query(NOTIFICATION_UID.pushSubscription).count({ where: { userId: viewer.id } }),
    ]);
    const { channels, quietHours } = preferencesOf(row ? { ...row, channels: parseJson(row.channels) } : null);
    return {
      kinds: NOTIFICATION_KINDS.map((kind) => ({ kind, inApp: channels[kind].inapp, push: channels[kind].push, email: channels[kind].email })),
      quietHours,
      pushSubscriptionCount,
    };
  };

  return {
    async inbox(viewer: Viewer, { first, before, unreadOnly }: { first: number; before: number | null; unreadOnly: boolean }) {
      const where = { ...own(viewer), ...(unreadOnly ? { readAt: { $null: true } } : {}) };
      const [rows, total] = await Promise.all([
        first === 0
          ? []
          : deliveries().findMany({
              where: { ...where, ...(before !== null ? { id: { $lt: before } } : {}) },
              select: ['id', 'kind', 'payload', 'createdAt', 'readAt'],
              orderBy: { id: 'desc' },
              limit: first,
            }),
        deliveries().count({ where }),
      ]);
      return { rows: rows.map(toNotification), total };
    },

    unreadCount: (viewer: Viewer) => deliveries().count({ where: { ...own(viewer), readAt: { $null: true } } }),

    async markRead(viewer: Viewer, { ids, upTo }: { ids: number[]; upTo: number | null }): Promise<Outcome<{ marked: number }>> {
      const wanted = [...new Set(ids)];
      if (wanted.length) {
        const found = await deliveries().count({ where: { ...own(viewer), id: { $in: wanted } } });
        // Someone else's id looks exactly like an id that never existed.
        if (found !== wanted.length) return refusedWith('NOTIFICATION_NOT_FOUND');
      }
      if (!wanted.length && upTo === null) return { value: { marked: 0 }, userErrors: [] };
      const which = [...(wanted.length ? [{ id: { $in: wanted } }] : []), ...(upTo !== null ? [{ id: { $lte: upTo } }] : [])];
      const { count } = await deliveries().updateMany({ where: { ...own(viewer), readAt: { $null: true }, $or: which }, data: { readAt: new Date() } });
      return { value: { marked: count }, userErrors: [] };
    },

    settings,

    async updateSettings(viewer: Viewer, change: NotificationSettingsChange): Promise<Outcome<NotificationPreferences>> {
      const kinds = change.kinds ?? [];
      if (new Set(kinds.map((k) => k.kind)).size !== kinds.length) return refusedWith('DUPLICATE_KIND');
      const quiet = change.quietHours;
      if (quiet && (!isClockTime(quiet.start) || !isClockTime(quiet.end) || quiet.start === quiet.end)) return refusedWith('INVALID_QUIET_HOURS');
      if (quiet?.timeZone && !isTimeZone(quiet.timeZone)) return refusedWith('INVALID_TIME_ZONE');

      const row = await settingRows().findOne({ where: { userId: viewer.id } });
      const channels: Record<string, Record<string, boolean>> = { ...(parseJson<Record<string, Record<string, boolean>>>(row?.channels) ?? {}) };
      for (const { kind, inApp, push, email } of kinds) {
        const chosen = Object.entries({ inapp: inApp, push, email }).filter((entry): entry is [string, boolean] => typeof entry[1] === 'boolean');
        channels[kind] = { ...channels[kind], ...Object.fromEntries(chosen) };
      }
      const data: Row = { channels };
      if (quiet !== undefined)
        Object.assign(data, { quietStart: quiet?.start ?? null, quietEnd: quiet?.end ?? null, timeZone: quiet ? (quiet.timeZone ?? DEFAULT_TIME_ZONE) : null });
      if (row) await settingRows().update({ where: { id: row.id }, data });
      else {
        try {
          await settingRows().create({ data: { ...data, userId: viewer.id } });
        } catch (error) {
          // Two updates at once: the unique userId let the other one create the row.
          const again = await settingRows().findOne({ where: { userId: viewer.id } });
          if (!again) throw error;
          await settingRows().update({ where: { id: again.id }, data });
        }
      }
      return { value: await settings(viewer), userErrors: [] };
    },
  };
};
