/* This file was automatically generated. DO NOT UPDATE MANUALLY. */
    import type   { Resolvers } from './../../../types/generated/resolvers-types.generated';
    import    { apiVersion as Query_apiVersion } from './base/resolvers/Query/apiVersion';
import    { article as Query_article } from './news/resolvers/Query/article';
import    { articles as Query_articles } from './news/resolvers/Query/articles';
import    { changes as Query_changes } from './changes/resolvers/Query/changes';
import    { node as Query_node } from './node/resolvers/Query/node';
import    { nodes as Query_nodes } from './node/resolvers/Query/nodes';
import    { person as Query_person } from './people/resolvers/Query/person';
import    { pushPublicKey as Query_pushPublicKey } from './notifications/resolvers/Query/pushPublicKey';
import    { search as Query_search } from './search/resolvers/Query/search';
import    { series as Query_series } from './series/resolvers/Query/series';
import    { seriesList as Query_seriesList } from './series/resolvers/Query/seriesList';
import    { viewer as Query_viewer } from './readers/resolvers/Query/viewer';
import    { viewerDataExport as Query_viewerDataExport } from './readers/resolvers/Query/viewerDataExport';
import    { confirmEmailAlerts as Mutation_confirmEmailAlerts } from './alerts/resolvers/Mutation/confirmEmailAlerts';
import    { createComment as Mutation_createComment } from './readers/resolvers/Mutation/createComment';
import    { deleteComment as Mutation_deleteComment } from './readers/resolvers/Mutation/deleteComment';
import    { deleteViewerAccount as Mutation_deleteViewerAccount } from './readers/resolvers/Mutation/deleteViewerAccount';
import    { followPerson as Mutation_followPerson } from './readers/resolvers/Mutation/followPerson';
import    { followSeries as Mutation_followSeries } from './readers/resolvers/Mutation/followSeries';
import    { markNotificationsRead as Mutation_markNotificationsRead } from './notifications/resolvers/Mutation/markNotificationsRead';
import    { registerPushSubscription as Mutation_registerPushSubscription } from './notifications/resolvers/Mutation/registerPushSubscription';
import    { reportComment as Mutation_reportComment } from './readers/resolvers/Mutation/reportComment';
import    { subscribeEmailAlerts as Mutation_subscribeEmailAlerts } from './alerts/resolvers/Mutation/subscribeEmailAlerts';
import    { unfollowPerson as Mutation_unfollowPerson } from './readers/resolvers/Mutation/unfollowPerson';
import    { unfollowSeries as Mutation_unfollowSeries } from './readers/resolvers/Mutation/unfollowSeries';
import    { unregisterPushSubscription as Mutation_unregisterPushSubscription } from './notifications/resolvers/Mutation/unregisterPushSubscription';
import    { updateNotificationSettings as Mutation_updateNotificationSettings } from './notifications/resolvers/Mutation/updateNotificationSettings';
import    { Article as news_Article } from './news/resolvers/Article';
import    { Article as readers_Article } from './readers/resolvers/Article';
import    { ArticleConnection } from './news/resolvers/ArticleConnection';
import    { ArticleUpdate } from './news/resolvers/ArticleUpdate';
import    { AudienceMetric } from './series/resolvers/AudienceMetric';
import    { Author } from './news/resolvers/Author';
import    { CastConnection } from './credit/resolvers/CastConnection';
import    { CastMember } from './credit/resolvers/CastMember';
import    { CastRole } from './credit/resolvers/CastRole';
import    { Category } from './news/resolvers/Category';
import    { Change } from './changes/resolvers/Change';
import    { ChangeConnection } from './changes/resolvers/ChangeConnection';
import    { Comment } from './readers/resolvers/Comment';
import    { CommentConnection } from './readers/resolvers/CommentConnection';
import    { Company } from './catalog/resolvers/Company';
import    { ConfirmEmailAlertsPayload } from './alerts/resolvers/ConfirmEmailAlertsPayload';
import    { CreateCommentPayload } from './readers/resolvers/CreateCommentPayload';
import    { CreditedImage } from './base/resolvers/CreditedImage';
import    { CrewConnection } from './credit/resolvers/CrewConnection';
import    { CrewJob } from './credit/resolvers/CrewJob';
import    { CrewMember } from './credit/resolvers/CrewMember';
import    { CriticScore } from './series/resolvers/CriticScore';
import    { DeleteCommentPayload } from './readers/resolvers/DeleteCommentPayload';
import    { DeleteViewerAccountPayload } from './readers/resolvers/DeleteViewerAccountPayload';
import    { Episode } from './season/resolvers/Episode';
import    { ExternalId } from './base/resolvers/ExternalId';
import    { FeedConnection } from './readers/resolvers/FeedConnection';
import    { Follow } from './readers/resolvers/Follow';
import    { FollowConnection } from './readers/resolvers/FollowConnection';
import    { FollowPersonPayload } from './readers/resolvers/FollowPersonPayload';
import    { FollowSeriesPayload } from './readers/resolvers/FollowSeriesPayload';
import    { Franchise } from './catalog/resolvers/Franchise';
import    { Genre } from './catalog/resolvers/Genre';
import    { MarkNotificationsReadPayload } from './notifications/resolvers/MarkNotificationsReadPayload';
import    { Notification } from './notifications/resolvers/Notification';
import    { NotificationConnection } from './notifications/resolvers/NotificationConnection';
import    { NotificationKindSettings } from './notifications/resolvers/NotificationKindSettings';
import    { NotificationSettings } from './notifications/resolvers/NotificationSettings';
import    { Outlet } from './catalog/resolvers/Outlet';
import    { Person as people_Person } from './people/resolvers/Person';
import    { Person as credit_Person } from './credit/resolvers/Person';
import    { Person as readers_Person } from './readers/resolvers/Person';
import    { Person as news_Person } from './news/resolvers/Person';
import    { PersonCredit } from './credit/resolvers/PersonCredit';
import    { Platform } from './catalog/resolvers/Platform';
import    { QuietHours } from './notifications/resolvers/QuietHours';
import    { RegisterPushSubscriptionPayload } from './notifications/resolvers/RegisterPushSubscriptionPayload';
import    { Relative } from './people/resolvers/Relative';
import    { ReportCommentPayload } from './readers/resolvers/ReportCommentPayload';
import    { SearchConnection } from './search/resolvers/SearchConnection';
import    { Season } from './season/resolvers/Season';
import    { Series as series_Series } from './series/resolvers/Series';
import    { Series as credit_Series } from './credit/resolvers/Series';
import    { Series as readers_Series } from './readers/resolvers/Series';
import    { Series as news_Series } from './news/resolvers/Series';
import    { Series as renewal_Series } from './renewal/resolvers/Series';
import    { Series as season_Series } from './season/resolvers/Series';
import    { SeriesConnection } from './series/resolvers/SeriesConnection';
import    { SourceMaterial } from './series/resolvers/SourceMaterial';
import    { Statement } from './renewal/resolvers/Statement';
import    { StatusEvent } from './renewal/resolvers/StatusEvent';
import    { SubscribeEmailAlertsPayload } from './alerts/resolvers/SubscribeEmailAlertsPayload';
import    { UnregisterPushSubscriptionPayload } from './notifications/resolvers/UnregisterPushSubscriptionPayload';
import    { UpdateNotificationSettingsPayload } from './notifications/resolvers/UpdateNotificationSettingsPayload';
import    { UserError } from './readers/resolvers/UserError';
import    { Viewer as readers_Viewer } from './readers/resolvers/Viewer';
import    { Viewer as notifications_Viewer } from './notifications/resolvers/Viewer';
import    { DateResolver,DateTimeResolver,JSONResolver } from 'graphql-scalars';
    export const resolvers: Resolvers = {
      Query: { apiVersion: Query_apiVersion,article: Query_article,articles: Query_articles,changes: Query_changes,node: Query_node,nodes: Query_nodes,person: Query_person,pushPublicKey: Query_pushPublicKey,search: Query_search,series: Query_series,seriesList: Query_seriesList,viewer: Query_viewer,viewerDataExport: Query_viewerDataExport },
      Mutation: { confirmEmailAlerts: Mutation_confirmEmailAlerts,createComment: Mutation_createComment,deleteComment: Mutation_deleteComment,deleteViewerAccount: Mutation_deleteViewerAccount,followPerson: Mutation_followPerson,followSeries: Mutation_followSeries,markNotificationsRead: Mutation_markNotificationsRead,registerPushSubscription: Mutation_registerPushSubscription,reportComment: Mutation_reportComment,subscribeEmailAlerts: Mutation_subscribeEmailAlerts,unfollowPerson: Mutation_unfollowPerson,unfollowSeries: Mutation_unfollowSeries,unregisterPushSubscription: Mutation_unregisterPushSubscription,updateNotificationSettings: Mutation_updateNotificationSettings },
      
      Article: { ...news_Article,...readers_Article },
ArticleConnection: ArticleConnection,
ArticleUpdate: ArticleUpdate,
AudienceMetric: AudienceMetric,
Author: Author,
CastConnection: CastConnection,
CastMember: CastMember,
CastRole: CastRole,
Category: Category,
Change: Change,
ChangeConnection: ChangeConnection,
Comment: Comment,
CommentConnection: CommentConnection,
Company: Company,
ConfirmEmailAlertsPayload: ConfirmEmailAlertsPayload,
CreateCommentPayload: CreateCommentPayload,
CreditedImage: CreditedImage,
CrewConnection: CrewConnection,
CrewJob: CrewJob,
CrewMember: CrewMember,
CriticScore: CriticScore,
DeleteCommentPayload: DeleteCommentPayload,
DeleteViewerAccountPayload: DeleteViewerAccountPayload,
Episode: Episode,
ExternalId: ExternalId,
FeedConnection: FeedConnection,
Follow: Follow,
FollowConnection: FollowConnection,
FollowPersonPayload: FollowPersonPayload,
FollowSeriesPayload: FollowSeriesPayload,
Franchise: Franchise,
Genre: Genre,
MarkNotificationsReadPayload: MarkNotificationsReadPayload,
Notification: Notification,
NotificationConnection: NotificationConnection,
NotificationKindSettings: NotificationKindSettings,
NotificationSettings: NotificationSettings,
Outlet: Outlet,
Person: { ...people_Person,...credit_Person,...readers_Person,...news_Person },
PersonCredit: PersonCredit,
Platform: Platform,
QuietHours: QuietHours,
RegisterPushSubscriptionPayload: RegisterPushSubscriptionPayload,
Relative: Relative,
ReportCommentPayload: ReportCommentPayload,
SearchConnection: SearchConnection,
Season: Season,
Series: { ...series_Series,...credit_Series,...readers_Series,...news_Series,...renewal_Series,...season_Series },
SeriesConnection: SeriesConnection,
SourceMaterial: SourceMaterial,
Statement: Statement,
StatusEvent: StatusEvent,
SubscribeEmailAlertsPayload: SubscribeEmailAlertsPayload,
UnregisterPushSubscriptionPayload: UnregisterPushSubscriptionPayload,
UpdateNotificationSettingsPayload: UpdateNotificationSettingsPayload,
UserError: UserError,
Viewer: { ...readers_Viewer,...notifications_Viewer },
Date: DateResolver,
DateTime: DateTimeResolver,
JSON: JSONResolver
    }