import { preferencesOf, releaseTime } from '../../../plugin/server/src/notifications/preferences';

const berlin = (start: string, end: string) => ({ start, end, timeZone: 'Europe/Berlin' });

describe('notification preferences', () => {
  it('default to the inbox for every kind and push for news, renewals and broadcasts, never e-mail', () => {
    const { channels, quietHours } = preferencesOf(null);
    expect(channels).toEqual({
      news: { inapp: true, push: true, email: false },
      renewal: { inapp: true, push: true, email: false },
      cast: { inapp: true, push: false, email: false },
      broadcast: { inapp: true, push: true, email: false },
    });
    expect(quietHours).toBeNull();
  });

  it('take a stored choice over the default per kind and channel, ignoring values that are not booleans', () => {
    const { channels } = preferencesOf({ channels: { cast: { push: true, email: 'yes' }, bogus: { inapp: false } } });
    expect(channels.cast).toEqual({ inapp: true, push: true, email: false });
    expect(channels.news.inapp).toBe(true);
  });
});

describe('releaseTime (quiet hours)', () => {
  // 2026-01-15 is winter time: Berlin is UTC+1.
  it('moves a push planned inside quiet hours spanning midnight to their end, in Berlin time', () => {
    expect(releaseTime(new Date('2026-01-15T22:30:45Z'), berlin('22:00', '07:00')).toISOString()).toBe('2026-01-16T06:00:00.000Z');
    expect(releaseTime(new Date('2026-01-15T04:10:00Z'), berlin('22:00', '07:00')).toISOString()).toBe('2026-01-15T06:00:00.000Z');
  });

  it('leaves a push outside quiet hours, or without any, as it is', () => {
    const at = new Date('2026-01-15T12:00:00Z');
    expect(releaseTime(at, berlin('22:00', '07:00'))).toBe(at);
    expect(releaseTime(at, null)).toBe(at);
  });

  it('reads the times in the zone the reader picked', () => {
    // 12:00 UTC is 07:00 in New York (UTC-5): inside 06:00–08:00 there, released at 13:00 UTC.
    expect(releaseTime(new Date('2026-01-15T12:00:00Z'), { start: '06:00', end: '08:00', timeZone: 'America/New_York' }).toISOString()).toBe(
      '2026-01-15T13:00:00.000Z'
    );
  });
});
