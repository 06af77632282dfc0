import type { KeysetPage } from '../../../../types/domain/readers';
import type { InboxNotification, NotificationPreferences } from '../../readers/ports';

export type NotificationMapper = InboxNotification;
export type NotificationConnectionMapper = KeysetPage<InboxNotification>;
export type NotificationSettingsMapper = NotificationPreferences;
export type NotificationKindSettingsMapper = NotificationPreferences['kinds'][number];
