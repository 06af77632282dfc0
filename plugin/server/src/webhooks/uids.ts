export const WEBHOOK_UID = {
  endpoint: 'plugin::showrunner.webhook-endpoint',
  event: 'plugin::showrunner.webhook-event',
  delivery: 'plugin::showrunner.webhook-delivery',
  attempt: 'plugin::showrunner.webhook-attempt',
  secret: 'plugin::showrunner.webhook-secret',
} as const;

export const isWebhookUid = (uid: string) => uid.startsWith('plugin::showrunner.webhook-');
