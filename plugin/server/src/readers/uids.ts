/**
 * Reader data: hidden from the Content Manager and the public read path, and deliberately not in
 * `UID` (the editorial types roles are granted on). Identity stays in users-permissions.
 */
export const READER_UID = {
  follow: 'plugin::showrunner.follow',
  report: 'plugin::showrunner.comment-report',
  statement: 'plugin::showrunner.statement-of-reasons',
  resetToken: 'plugin::showrunner.reset-token',
} as const;

export const USER_UID = 'plugin::users-permissions.user';
