import type { Core } from '@strapi/strapi';
import type { Outcome, Viewer } from '@showrunner/graphql';
import { UID } from '../../../../types/domain/uids';
import { getSettings } from '../config/get-settings';
import { bodyProblem, normalizeCommentBody } from './comment-text';
import { READER_UID } from './uids';
import { ok, refused } from './user-errors';

type CommentRow = {
  id: number;
  documentId: string;
  moderation: string;
  deletedByAuthorAt: string | null;
  reader?: { id: number } | null;
  article?: { documentId: string } | null;
  replyTo?: { documentId: string } | null;
};

/**
 * Readers' comments. They join the existing comment type (the seed comments have an author
 * name and no reader), so editors moderate both alike; all writes go through the Document
 * Service, whose events keep cached pages current.
 */
export const createComments = (strapi: Core.Strapi) => {
  const comments = () => strapi.db.query(UID.comment);
  const findComment = (documentId: string): Promise<CommentRow | null> =>
    comments().findOne({
      where: { documentId },
      select: ['id', 'documentId', 'moderation', 'deletedByAuthorAt'],
      populate: { reader: { select: ['id'] }, article: { select: ['documentId'] }, replyTo: { select: ['documentId'] } },
    });

  return {
    findComment,

    async createComment(viewer: Viewer, input: { article: string; body: string; parent?: string | null }): Promise<Outcome<{ documentId: string }>> {
      const { accounts, readers } = getSettings(strapi);
      if (accounts.emailConfirmation && !viewer.confirmed) return refused('EMAIL_NOT_CONFIRMED');
      const body = normalizeCommentBody(typeof input.body === 'string' ? input.body : '');
      const problem = bodyProblem(body, readers.commentMaxLength);
      if (problem?.code === 'BODY_EMPTY') return refused('BODY_EMPTY');
      if (problem?.code === 'BODY_TOO_LONG') return refused('BODY_TOO_LONG', readers.commentMaxLength, problem.length);

      // Comments belong to what readers can read: the published article, never a draft.
      const article = await strapi.db
        .query(UID.article)
        .findOne({ where: { documentId: input.article, publishedAt: { $notNull: true } }, select: ['documentId', 'locale', 'commentsClosed'] });
      if (!article) return refused('ARTICLE_NOT_FOUND');
      if (article.commentsClosed) return refused('COMMENTS_CLOSED');

      let replyTo: string | null = null;
      if (input.parent) {
        const parent = await findComment(input.parent);
        if (!parent || parent.deletedByAuthorAt || parent.moderation === 'hidden' || parent.article?.documentId !== article.documentId)
          return refused('PARENT_NOT_FOUND');
        // Threads are one level deep: an answer to an answer joins its thread.
        replyTo = parent.replyTo?.documentId ?? parent.documentId;
      }

      const created = await strapi.documents(UID.comment).create({
        data: {
          article: { connect: [{ documentId: article.documentId, locale: article.locale }] },
          ...(replyTo ? { replyTo: { connect: [{ documentId: replyTo }] } } : {}),
          // A join column, like createdBy: the Document Service takes the row id.
          reader: viewer.id,
          authorName: viewer.displayName,
          body,
          postedAt: new Date(),
          moderation: 'visible',
          reportCount: 0,
        },
      } as never);
      return ok({ documentId: created.documentId });
    },

    /**
     * The author withdraws a comment: its text is gone, its place in a thread stays (answers
     * keep their context), and open reports about it close with the outcome "closed".
     */
    async deleteComment(viewer: Viewer, input: { comment: string }): Promise<Outcome<{ documentId: string }>> {
      const comment = await findComment(input.comment);
      if (!comment || comment.deletedByAuthorAt) return refused('COMMENT_NOT_FOUND');
      if (comment.reader?.id !== viewer.id) return refused('NOT_COMMENT_AUTHOR');
      await strapi.db.transaction(async () => {
        const now = new Date();
        await strapi.documents(UID.comment).update({ documentId: comment.documentId, data: { body: '', deletedByAuthorAt: now } } as never);
        const reports = strapi.db.query(READER_UID.report);
        const open = await reports.findMany({ where: { comment: { id: comment.id }, status: 'open' }, select: ['id'] });
        if (open.length)
          await reports.updateMany({
            where: { id: { $in: open.map((r: { id: number }) => r.id) } },
            data: { status: 'closed', decidedAt: now, openKey: null },
          });
      });
      return ok({ documentId: comment.documentId });
    },
  };
};
