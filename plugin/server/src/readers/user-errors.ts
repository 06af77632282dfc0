import type { Outcome, UserError } from '@showrunner/graphql';

const minutes = (seconds: number) => {
  const count = Math.max(1, Math.ceil(seconds / 60));
  return count === 1 ? 'einer Minute' : `${count} Minuten`;
};

/**
 * Every business rule a reader's mutation can break: a stable code (README.md, "Readers"), the
 * German sentence the reader sees, and the input field it concerns.
 */
const MESSAGES = {
  TARGET_NOT_FOUND: { field: 'slug', message: (kind: string) => (kind === 'person' ? 'Diese Person gibt es hier nicht.' : 'Diese Serie gibt es hier nicht.') },
  ARTICLE_NOT_FOUND: { field: 'article', message: () => 'Diesen Artikel gibt es nicht, oder er ist noch nicht veröffentlicht.' },
  COMMENTS_CLOSED: { field: 'article', message: () => 'Die Kommentare zu diesem Artikel sind geschlossen.' },
  PARENT_NOT_FOUND: { field: 'parent', message: () => 'Den Kommentar, auf den du antworten willst, gibt es nicht mehr.' },
  BODY_EMPTY: { field: 'body', message: () => 'Bitte schreib etwas in deinen Kommentar.' },
  BODY_TOO_LONG: {
    field: 'body',
    message: (max: number, length: number) =>
      `Dein Kommentar ist zu lang: höchstens ${max.toLocaleString('de-DE')} Zeichen, deiner hat ${length.toLocaleString('de-DE')}.`,
  },
  EMAIL_NOT_CONFIRMED: { field: null, message: () => 'Bitte bestätige zuerst deine E-Mail-Adresse; dann kannst du kommentieren.' },
  COMMENT_NOT_FOUND: { field: 'comment', message: () => 'Diesen Kommentar gibt es nicht mehr.' },
  NOT_COMMENT_AUTHOR: { field: 'comment', message: () => 'Du kannst nur deine eigenen Kommentare löschen.' },
  ALREADY_REPORTED: {
    field: 'comment',
    message: () => 'Du hast diesen Kommentar schon gemeldet. Wir prüfen deine Meldung und sagen dir, wie wir entschieden haben.',
  },
  OWN_COMMENT: { field: 'comment', message: () => 'Deinen eigenen Kommentar kannst du nicht melden, aber löschen.' },
  MESSAGE_TOO_LONG: { field: 'message', message: (max: number) => `Deine Erläuterung ist zu lang: höchstens ${max.toLocaleString('de-DE')} Zeichen.` },
  WRONG_PASSWORD: { field: 'password', message: () => 'Das Passwort stimmt nicht.' },
  TOO_MANY_ATTEMPTS: { field: 'password', message: (retryAfter: number) => `Zu viele falsche Versuche. Bitte in ${minutes(retryAfter)} noch einmal.` },
} as const;

export type UserErrorCode = keyof typeof MESSAGES;
export const USER_ERROR_CODES = Object.keys(MESSAGES) as UserErrorCode[];

type Params<C extends UserErrorCode> = Parameters<(typeof MESSAGES)[C]['message']>;

export const userError = <C extends UserErrorCode>(code: C, ...params: Params<C>): UserError => {
  const { field, message } = MESSAGES[code];
  return { code, message: (message as (...args: unknown[]) => string)(...params), field: field ? ['input', field] : null };
};

export const ok = <T>(value: T): Outcome<T> => ({ value, userErrors: [] });
export const refused = <C extends UserErrorCode>(code: C, ...params: Params<C>): Outcome<never> => ({ value: null, userErrors: [userError(code, ...params)] });
