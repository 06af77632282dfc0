export { createGraphQLMount, type GraphQLMount, type GraphQLSettings } from './mount';
export type { FollowTarget, LimitedAction, Outcome, ReaderPorts, ReportReason, UserError, Viewer } from './readers/ports';
export type { InboxNotification, NotificationKindName, NotificationPorts, NotificationPreferences, NotificationSettingsChange } from './readers/ports';
export type { AlertPorts, RequestOrigin, RetryLater } from './alerts/ports';
export { createCreditOrder, type CreditOrder } from './store/credit-order';
export { createModel } from './store/model';
