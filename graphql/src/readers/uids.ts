/** Reader data the read path looks at (the plugin's own names for it are in plugin/server/src/readers/uids.ts). */
export const READER_DATA_UID = {
  follow: 'plugin::showrunner.follow',
  report: 'plugin::showrunner.comment-report',
  user: 'plugin::users-permissions.user',
} as const;
