import notificationCursor from '../content-types/notification-cursor';
import notificationDelivery from '../content-types/notification-delivery';
import notificationSetting from '../content-types/notification-setting';
import pushSubscription from '../content-types/push-subscription';

/** The notification spine's reader data, registered beside the other content types (content-types/index.ts). */
export default {
  'notification-cursor': notificationCursor,
  'notification-delivery': notificationDelivery,
  'notification-setting': notificationSetting,
  'push-subscription': pushSubscription,
};
