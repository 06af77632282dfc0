/**
 * German names for the content types in the Content Manager's menu and list titles: the admin
 * looks every display name up as a message id, so a translation is enough.
 */
export const CONTENT_TYPE_NAMES_DE: Record<string, string> = {
  Series: 'Serien',
  Season: 'Staffeln',
  Episode: 'Episoden',
  Broadcast: 'Ausstrahlungen',
  Person: 'Personen',
  'Family tie': 'Verwandtschaften',
  Credit: 'Besetzung & Stab',
  'Status event': 'Status-Historie',
  Article: 'Artikel',
  'Reader comment': 'Leserkommentare',
  Platform: 'Plattformen',
  Company: 'Firmen',
  Franchise: 'Franchises',
  Genre: 'Genres',
  Outlet: 'Medien',
  Author: 'Autor:innen',
  Category: 'Rubriken',
  'Webhook endpoint': 'Webhook-Endpunkte',
  'Webhook event': 'Webhook-Ereignisse',
  'Webhook delivery': 'Webhook-Zustellungen',
  'Webhook attempt': 'Webhook-Protokoll',
};
