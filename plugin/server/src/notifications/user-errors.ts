import type { Outcome, UserError } from '@showrunner/graphql';

/** The rules a reader's notification mutation can break: stable code (README, "Notifications"), German message, input field. */
const MESSAGES = {
  NOTIFICATION_NOT_FOUND: { field: 'ids', message: 'Diese Benachrichtigung gibt es nicht (mehr).' },
  INVALID_QUIET_HOURS: { field: 'quietHours', message: 'Ruhezeiten bitte als Uhrzeit im Format HH:MM angeben, z. B. 22:00 bis 07:00.' },
  INVALID_TIME_ZONE: { field: 'quietHours', message: 'Diese Zeitzone kennen wir nicht; bitte eine IANA-Zeitzone wie Europe/Berlin angeben.' },
  DUPLICATE_KIND: { field: 'kinds', message: 'Jede Art von Benachrichtigung bitte nur einmal angeben.' },
  PUSH_DISABLED: { field: null, message: 'Push-Benachrichtigungen sind auf dieser Seite ausgeschaltet.' },
  INVALID_PUSH_ENDPOINT: { field: 'endpoint', message: 'Diese Push-Adresse ist ungültig: Es muss eine https-Adresse eines Push-Dienstes sein.' },
  PUSH_ENDPOINT_REFUSED: { field: 'endpoint', message: 'An diese Push-Adresse senden wir nicht (keine öffentliche Adresse).' },
  INVALID_PUSH_KEYS: { field: 'keys', message: 'Die Schlüssel des Push-Abonnements sind ungültig (p256dh und auth, base64url).' },
  TOO_MANY_PUSH_SUBSCRIPTIONS: { field: 'endpoint', message: 'Zu viele Geräte: Bitte melde zuerst ein anderes Gerät von Push-Benachrichtigungen ab.' },
} as const;

export type NotificationErrorCode = keyof typeof MESSAGES;
export const NOTIFICATION_ERROR_CODES = Object.keys(MESSAGES) as NotificationErrorCode[];

export const notificationError = (code: NotificationErrorCode): UserError => {
  const { field, message } = MESSAGES[code];
  return { code, message, field: field ? ['input', field] : null };
};

export const refusedWith = (code: NotificationErrorCode): Outcome<never> => ({ value: null, userErrors: [notificationError(code)] });
