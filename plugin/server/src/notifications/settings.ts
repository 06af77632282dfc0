import type { ShowrunnerSettings } from '../config/settings';

/** The notification part of the plugin's settings (config/settings.ts reads and validates them). */
export type NotificationSettings = ShowrunnerSettings['notifications'];
