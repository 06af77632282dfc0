import { classifySmtpError } from '../../../plugin/server/src/notifications/channels/email';
import { alertMail, optInMail } from '../../../plugin/server/src/notifications/alerts/mails';
import { createSigner, hashToken } from '../../../plugin/server/src/notifications/alerts/tokens';
import { checkAlertRequest, normalizeEmail, unknownSeriesErrors } from '../../../plugin/server/src/notifications/alerts/validate';
import { reminderKey, upcomingEvent } from '../../../plugin/server/src/notifications/broadcasts/upcoming';

const strapiWithKeys = (keys: string[]) => ({ config: { get: (key: string) => (key === 'server.app.keys' ? keys : undefined) } }) as never;

describe('e-mail alert requests', () => {
  it('normalize the address and default the kinds to TV dates', () => {
    expect(checkAlertRequest({ email: '  Fan@Example.COM ', series: ['ballard'] })).toEqual({
      request: { email: 'fan@example.com', series: ['ballard'], kinds: ['broadcast'] },
      errors: [],
    });
    expect(normalizeEmail('A@B.DE')).toBe('a@b.de');
  });

  it('name every bad field with its path, positions included', () => {
    const { errors } = checkAlertRequest({ email: 'fan@', series: [], kinds: ['news', 'klatsch', 'cast', 'tratsch'] });
    expect(errors.map(({ code, field }) => [code, field])).toEqual([
      ['INVALID_EMAIL', ['input', 'email']],
      ['SERIES_REQUIRED', ['input', 'series']],
      ['UNKNOWN_KIND', ['input', 'kinds', '1']],
      ['UNKNOWN_KIND', ['input', 'kinds', '3']],
    ]);
    expect(unknownSeriesErrors(['ballard', 'gibts-nicht', 'ballard'], new Set(['ballard'])).map((e) => e.field)).toEqual([['input', 'series', '1']]);
  });

  it.each(['ohne-at.example.com', 'zwei@@example.com', 'leer zeichen@example.com', 'a@b', `${'x'.repeat(250)}@example.com`, '<a@b.de>'])(
    'refuses the address %s',
    (email) => {
      expect(checkAlertRequest({ email, series: ['ballard'] }).errors.map((e) => e.code)).toEqual(['INVALID_EMAIL']);
    }
  );
});

describe('unsubscribe tokens', () => {
  const signer = createSigner(strapiWithKeys(['keyA', 'keyB']));

  it('are stable per subscription and differ between subscriptions and between servers with other keys', () => {
    expect(signer.alertToken('abc')).toBe(signer.alertToken('abc'));
    expect(signer.alertToken('abc')).not.toBe(signer.alertToken('abd'));
    expect(createSigner(strapiWithKeys(['other'])).alertToken('abc')).not.toBe(signer.alertToken('abc'));
    expect(hashToken('x')).toMatch(/^[0-9a-f]{64}$/);
  });

  it('name a reader and a kind only with a valid signature', () => {
    const token = signer.readerToken(42, 'news');
    expect(signer.readReaderToken(token)).toEqual({ userId: 42, kind: 'news' });
    expect(signer.readReaderToken(token.replace('r.42.', 'r.43.'))).toBeNull();
    expect(signer.readReaderToken(token.replace('.news.', '.cast.'))).toBeNull();
    expect(signer.readReaderToken(`${token.slice(0, -1)}A`)).toBeNull();
    expect(signer.readReaderToken('a.whatever')).toBeNull();
  });
});

describe('alert mails', () => {
  it('the opt-in mail names what was ordered and the link, and offers nothing else', () => {
    const mail = optInMail({ series: ['Ballard', 'Bosch: Legacy'], kinds: ['broadcast', 'news'], link: 'https://cms.example/confirm?token=t', validHours: 48 });
    expect(mail.subject).toBe('Bitte bestätige deine kostenlose Benachrichtigung');
    expect(mail.text).toContain('TV-Termine und News zu „Ballard“ und „Bosch: Legacy“');
    expect(mail.text).toContain('https://cms.example/confirm?token=t');
    expect(mail.text).toContain('48 Stunden');
    expect(mail.text.match(/https?:\/\//g)).toHaveLength(1);
  });

  it('an alert links to the site and ends with its unsubscribe link', () => {
    const mail = alertMail(
      { title: 'Ballard', body: '„Pilot“ Do., 21:15 Uhr auf Kabel Eins', url: '/serien/ballard', tag: 'series:x' },
      { siteUrl: 'https://www.example.com/', unsubscribe: 'https://cms.example/api/showrunner/email-alerts/unsubscribe?token=a.x' }
    );
    expect(mail.subject).toBe('Ballard: „Pilot“ Do., 21:15 Uhr auf Kabel Eins');
    expect(mail.text).toContain('Mehr: https://www.example.com/serien/ballard');
    expect(mail.text.trim().endsWith('unsubscribe?token=a.x')).toBe(true);
  });
});

describe('SMTP errors', () => {
  it.each([
    [{ responseCode: 421, message: 'try later' }, 'retry'],
    [{ responseCode: 452, message: 'mailbox full' }, 'retry'],
    [{ responseCode: 550, message: 'no such user' }, 'failed'],
    [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, 'retry'],
  ])('%j is %s', (error, kind) => {
    expect(classifySmtpError(Object.assign(new Error(error.message), error)).kind).toBe(kind);
  });
});

describe('broadcast.upcoming', () => {
  const broadcast = {
    documentId: 'b1',
    startsAt: '2026-03-05T20:15:00.000Z',
    airing: 'repeat',
    channel: { documentId: 'c1', name: 'Kabel Eins' },
    episode: {
      documentId: 'e1',
      number: 3,
      title: 'Nachtschicht',
      season: { documentId: 's1', number: 1, series: { documentId: 'x1', slug: 'ballard', title: 'Ballard' } },
    },
  };

  it('carries broadcast, channel, episode, season and series', () => {
    expect(upcomingEvent(broadcast)).toEqual({
      type: 'broadcast.upcoming',
      locale: null,
      data: {
        broadcast: { documentId: 'b1', startsAt: '2026-03-05T20:15:00.000Z', airing: 'repeat' },
        channel: { documentId: 'c1', name: 'Kabel Eins' },
        episode: { documentId: 'e1', number: 3, title: 'Nachtschicht' },
        season: { documentId: 's1', number: 1 },
        series: { documentId: 'x1', slug: 'ballard', title: 'Ballard' },
      },
    });
  });

  it('is keyed per broadcast and start time, so a moved broadcast is reminded of again', () => {
    expect(reminderKey(broadcast)).toBe(reminderKey({ ...broadcast, airing: 'first_run' }));
    expect(reminderKey(broadcast)).not.toBe(reminderKey({ ...broadcast, startsAt: '2026-03-05T21:15:00.000Z' }));
  });
});
