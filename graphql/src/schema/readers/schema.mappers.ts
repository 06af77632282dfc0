import type { CommentEntity, FeedPage, FollowPage, FollowValue, PageSource } from '../../../../types/domain';
import type { Viewer } from '../../readers/ports';

export type ViewerMapper = Viewer;
export type FollowMapper = FollowValue;
export type FollowConnectionMapper = FollowPage;
export type FeedConnectionMapper = FeedPage;
export type CommentMapper = CommentEntity;
export type CommentConnectionMapper = PageSource<CommentEntity>;
