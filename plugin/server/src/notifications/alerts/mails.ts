import type { NotificationPayload } from '../contract';

const KIND_NAMES: Record<string, string> = { broadcast: 'TV-Termine', news: 'News', renewal: 'Verlängerungen und Absetzungen', cast: 'Besetzung' };

const list = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} und ${items.at(-1)}`);

/**
 * The double opt-in mail: it asks for the confirmation and says what was asked for, nothing else
 * (German law treats anything more in it as advertising sent without consent).
 */
export const optInMail = ({ series, kinds, link, validHours }: { series: string[]; kinds: string[]; link: string; validHours: number }) => ({
  subject: 'Bitte bestätige deine kostenlose Benachrichtigung',
  text: [
    'Hallo,',
    '',
    `für diese E-Mail-Adresse wurde eine kostenlose Benachrichtigung per E-Mail bestellt: ${list(kinds.map((kind) => KIND_NAMES[kind] ?? kind))} zu ${list(series.map((title) => `„${title}“`))}.`,
    '',
    'Bitte bestätige das mit einem Klick auf diesen Link:',
    link,
    '',
    `Der Link gilt ${validHours} Stunden. Ohne Bestätigung bekommst du von uns keine weitere E-Mail; warst du das nicht, kannst du diese Nachricht einfach löschen.`,
    '',
    'Abbestellen kannst du jederzeit über den Link in jeder Benachrichtigung.',
  ].join('\n'),
});

/** An alert: the notification itself, where to read more, and how to stop (also in the List-Unsubscribe header). */
export const alertMail = (payload: NotificationPayload, { siteUrl, unsubscribe }: { siteUrl: string | null; unsubscribe: string }) => {
  const url = /^https?:\/\//.test(payload.url) || !siteUrl ? payload.url : `${siteUrl.replace(/\/$/, '')}${payload.url}`;
  return {
    subject: `${payload.title}: ${payload.body}`.slice(0, 200),
    text: [payload.title, '', payload.body, '', `Mehr: ${url}`, '', '--', `Keine solchen E-Mails mehr: ${unsubscribe}`].join('\n'),
  };
};
