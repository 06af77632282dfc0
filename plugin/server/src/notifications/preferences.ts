import { NOTIFICATION_CHANNELS, NOTIFICATION_KINDS, type NotificationChannel, type NotificationKind } from './contract';

export type ChannelChoice = Record<NotificationKind, Record<NotificationChannel, boolean>>;

export interface QuietHours {
  /** "HH:MM", local time in `timeZone`; start after end spans midnight. */
  start: string;
  end: string;
  timeZone: string;
}

export interface ReaderPreferences {
  channels: ChannelChoice;
  quietHours: QuietHours | null;
}

export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/**
 * The defaults: the inbox gets everything; push (once the reader has subscribed a browser) the
 * kinds worth an interruption; e-mail only when a signed-in reader asks for it, since they
 * already get the inbox and most have not thought about mail when they followed something.
 */
const DEFAULT_CHANNELS: ChannelChoice = {
  news: { inapp: true, push: true, email: false },
  renewal: { inapp: true, push: true, email: false },
  cast: { inapp: true, push: false, email: false },
  broadcast: { inapp: true, push: true, email: false },
};

/** The stored row (or none) read as complete preferences; unknown keys in the JSON are ignored. */
export const preferencesOf = (
  row: { channels?: unknown; quietStart?: string | null; quietEnd?: string | null; timeZone?: string | null } | null | undefined
): ReaderPreferences => {
  const stored = (row?.channels ?? {}) as Record<string, Record<string, unknown> | undefined>;
  const channels = Object.fromEntries(
    NOTIFICATION_KINDS.map((kind) => [
      kind,
      Object.fromEntries(
        NOTIFICATION_CHANNELS.map((channel) => {
          const value = stored[kind]?.[channel];
          return [channel, typeof value === 'boolean' ? value : DEFAULT_CHANNELS[kind][channel]];
        })
      ),
    ])
  ) as ChannelChoice;
  const quietHours = row?.quietStart && row.quietEnd ? { start: row.quietStart, end: row.quietEnd, timeZone: row.timeZone || DEFAULT_TIME_ZONE } : null;
  return { channels, quietHours };
};

const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
export const isClockTime = (value: string) => TIME.test(value);
const minutesOf = (value: string) => {
  const [, h, m] = TIME.exec(value)!;
  return Number(h) * 60 + Number(m);
};

export const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

const localMinutes = (at: Date, timeZone: string) => {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return part('hour') * 60 + part('minute');
};

/**
 * When a push planned at `at` may go out: `at` itself outside quiet hours, else the end of the
 * quiet period. A push is delayed, never dropped. Counted in wall-clock minutes of the reader's
 * zone, so a DST switch inside the quiet period moves the end by that hour at most.
 */
export const releaseTime = (at: Date, quiet: QuietHours | null): Date => {
  if (!quiet || !isClockTime(quiet.start) || !isClockTime(quiet.end) || !isTimeZone(quiet.timeZone)) return at;
  const [start, end, now] = [minutesOf(quiet.start), minutesOf(quiet.end), localMinutes(at, quiet.timeZone)];
  if (start === end) return at;
  const inside = start < end ? now >= start && now < end : now >= start || now < end;
  if (!inside) return at;
  const wait = (end - now + 24 * 60) % (24 * 60);
  const released = new Date(at.getTime() + wait * 60_000);
  released.setUTCSeconds(0, 0);
  return released;
};
