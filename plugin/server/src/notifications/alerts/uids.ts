export const EMAIL_ALERT = 'plugin::showrunner.email-alert';
export const SERIES = 'plugin::showrunner.series';
