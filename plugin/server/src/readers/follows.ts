import type { Core } from '@strapi/strapi';
import type { FollowTarget, Outcome, Viewer } from '@showrunner/graphql';
import { UID } from '../../../../types/domain/uids';
import { READER_UID } from './uids';
import { ok, refused } from './user-errors';

const TARGET_UID = { series: UID.series, person: UID.person } as const;

/**
 * One row per reader and target, whatever the number of requests: the key is unique in the
 * database (readers/indexes.ts), and the read path can look a page's worth of follows up by it.
 */
export const followKey = (readerId: number, kind: FollowTarget['kind'], targetDocumentId: string) => `${readerId}:${kind}:${targetDocumentId}`;

export const createFollows = (strapi: Core.Strapi) => {
  const follows = () => strapi.db.query(READER_UID.follow);
  /** Following needs a published target; unfollowing works as long as the slug names one at all. */
  const target = ({ kind, slug }: FollowTarget, published: boolean) =>
    strapi.db.query(TARGET_UID[kind]).findOne({ where: { slug, ...(published ? { publishedAt: { $notNull: true } } : {}) }, select: ['documentId'] });
  const exists = (key: string) => follows().findOne({ where: { followKey: key }, select: ['id'] });

  return {
    async follow(viewer: Viewer, input: FollowTarget): Promise<Outcome<{ documentId: string }>> {
      const found = await target(input, true);
      if (!found) return refused('TARGET_NOT_FOUND', input.kind);
      const key = followKey(viewer.id, input.kind, found.documentId);
      if (!(await exists(key))) {
        try {
          await follows().create({ data: { followKey: key, reader: viewer.id, targetType: input.kind, targetDocumentId: found.documentId } });
        } catch (error) {
          // Two requests at once: the unique key let one insert through, which is all we want.
          if (!(await exists(key))) throw error;
        }
      }
      return ok({ documentId: found.documentId });
    },

    async unfollow(viewer: Viewer, input: FollowTarget): Promise<Outcome<{ documentId: string }>> {
      const found = await target(input, false);
      if (!found) return refused('TARGET_NOT_FOUND', input.kind);
      await follows().deleteMany({ where: { followKey: followKey(viewer.id, input.kind, found.documentId) } });
      return ok({ documentId: found.documentId });
    },
  };
};
