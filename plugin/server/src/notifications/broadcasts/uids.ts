export const BROADCAST_UID = {
  broadcast: 'plugin::showrunner.broadcast',
  reminder: 'plugin::showrunner.broadcast-reminder',
} as const;
