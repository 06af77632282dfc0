/** The spine's reader data: hidden from the Content Manager and the public read path, like READER_UID. */
export const NOTIFICATION_UID = {
  delivery: 'plugin::showrunner.notification-delivery',
  setting: 'plugin::showrunner.notification-setting',
  pushSubscription: 'plugin::showrunner.push-subscription',
  cursor: 'plugin::showrunner.notification-cursor',
} as const;

/** N2's e-mail alert subscriptions; the planner reads them only when the content type exists. */
export const EMAIL_ALERT_UID = 'plugin::showrunner.email-alert';
