import type { Core } from '@strapi/strapi';
import type { Outcome, ReportReason, Viewer } from '@showrunner/graphql';
import { getSettings } from '../config/get-settings';
import { normalizeCommentBody, REPORT_MESSAGE_MAX, commentLength } from './comment-text';
import type { createComments } from './comments';
import type { Moderation } from './moderation';
import { READER_UID } from './uids';
import { ok, refused } from './user-errors';

export const REPORT_REASONS: ReportReason[] = ['SPAM', 'HARASSMENT', 'HATE_SPEECH', 'SPOILER', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL_CONTENT', 'OTHER'];

/** While a report is open it holds this key, unique in the database: one open report per reader and comment. */
export const openReportKey = (readerId: number, commentId: number) => `${readerId}:${commentId}`;

/**
 * A notice about a comment (DSA Art. 16): the reporter, the reason, an optional explanation and
 * the time are recorded; the reporter later sees the outcome in their data export.
 */
export const createReports = (strapi: Core.Strapi, comments: ReturnType<typeof createComments>, moderation: Moderation) => {
  const reports = () => strapi.db.query(READER_UID.report);
  const isOpen = (key: string) => reports().findOne({ where: { openKey: key }, select: ['id'] });

  return async (viewer: Viewer, input: { comment: string; reason: ReportReason; message?: string | null }): Promise<Outcome<{ documentId: string }>> => {
    if (!REPORT_REASONS.includes(input.reason)) throw new TypeError(`Unknown report reason ${JSON.stringify(input.reason)}`);
    const comment = await comments.findComment(input.comment);
    if (!comment || comment.deletedByAuthorAt) return refused('COMMENT_NOT_FOUND');
    if (comment.reader?.id === viewer.id) return refused('OWN_COMMENT');
    const message = input.message ? normalizeCommentBody(input.message) : '';
    if (commentLength(message) > REPORT_MESSAGE_MAX) return refused('MESSAGE_TOO_LONG', REPORT_MESSAGE_MAX);

    const key = openReportKey(viewer.id, comment.id);
    if (await isOpen(key)) return refused('ALREADY_REPORTED');
    let created: { documentId: string };
    try {
      created = await reports().create({
        data: {
          comment: comment.id,
          reporter: viewer.id,
          reason: input.reason.toLowerCase(),
          message: message || null,
          reportedAt: new Date(),
          status: 'open',
          openKey: key,
        },
      });
    } catch (error) {
      if (await isOpen(key)) return refused('ALREADY_REPORTED');
      throw error;
    }
    await moderation.reported(comment, getSettings(strapi).readers.autoHideAfterReports);
    return ok({ documentId: created.documentId });
  };
};
