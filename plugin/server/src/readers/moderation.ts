import type { Core } from '@strapi/strapi';
import { UID } from '../../../../types/domain/uids';
import { READER_UID } from './uids';

export type Decision = 'hidden' | 'restored';
export type Ground = 'community_rules' | 'illegal_content';

export interface DecisionInput {
  decision: Decision;
  /** The facts and circumstances the decision rests on, in the editor's words (DSA Art. 17(3)(b)). */
  facts: string;
  ground?: Ground | null;
  /** Who decided, for the record; the author is told "Redaktion", never a name. */
  decidedBy: string;
}

type ReportRow = { id: number; documentId: string; reason: string; message: string | null; reportedAt: string; comment?: CommentRow | null };
type CommentRow = {
  id: number;
  documentId: string;
  body: string;
  authorName: string;
  moderation: string;
  postedAt: string | null;
  deletedByAuthorAt: string | null;
  article?: { documentId: string; headline: string; slug: string } | null;
};

export interface QueueEntry {
  comment: Omit<CommentRow, 'id'>;
  openReports: number;
  reasons: Record<string, number>;
  reports: { documentId: string; reason: string; message: string | null; reportedAt: string }[];
}

const countReasons = (reports: { reason: string }[]) =>
  reports.reduce<Record<string, number>>((counts, { reason }) => ({ ...counts, [reason]: (counts[reason] ?? 0) + 1 }), {});

/**
 * Editors' side of reports (DSA Art. 16/17): the queue of reported comments, and decisions that
 * hide or restore a comment, each with a statement of reasons kept for its author, closing the
 * open reports with an outcome their reporters can see.
 */
export const createModeration = (strapi: Core.Strapi) => {
  const reports = () => strapi.db.query(READER_UID.report);
  const comments = () => strapi.db.query(UID.comment);
  const openReportsOf = (commentId: number) =>
    reports().findMany({ where: { comment: { id: commentId }, status: 'open' }, select: ['id', 'reason'] }) as Promise<ReportRow[]>;

  /** Written through the Document Service, so the response cache hears of it like of any edit. */
  const setModeration = (documentId: string, moderation: string, reportCount?: number) =>
    strapi.documents(UID.comment).update({ documentId, data: { moderation, ...(reportCount === undefined ? {} : { reportCount }) } } as never);

  const record = async (comment: { id: number; documentId: string }, input: DecisionInput, automated: boolean) => {
    const open = await openReportsOf(comment.id);
    const now = new Date();
    await strapi.db.query(READER_UID.statement).create({
      data: {
        comment: comment.id,
        decision: input.decision,
        ground: input.ground ?? null,
        facts: input.facts,
        reportReasons: countReasons(open),
        automated,
        decidedBy: input.decidedBy,
        decidedAt: now,
      },
    });
    return { open, now };
  };

  return {
    /** Comments with open reports, the most reported first (then the longest waiting), with every open report's reason. */
    async queue(limit = 100): Promise<QueueEntry[]> {
      const open = (await reports().findMany({
        where: { status: 'open' },
        select: ['id', 'documentId', 'reason', 'message', 'reportedAt'],
        populate: {
          comment: {
            select: ['id', 'documentId', 'body', 'authorName', 'moderation', 'postedAt', 'deletedByAuthorAt'],
            populate: { article: { select: ['documentId', 'headline', 'slug'] } },
          },
        },
        orderBy: { reportedAt: 'asc' },
      })) as ReportRow[];
      const byComment = new Map<number, { comment: CommentRow; reports: ReportRow[] }>();
      for (const report of open) {
        if (!report.comment) continue;
        const entry = byComment.get(report.comment.id) ?? { comment: report.comment, reports: [] };
        entry.reports.push(report);
        byComment.set(report.comment.id, entry);
      }
      return [...byComment.values()]
        .sort((a, b) => b.reports.length - a.reports.length || Date.parse(a.reports[0].reportedAt) - Date.parse(b.reports[0].reportedAt))
        .slice(0, limit)
        .map(({ comment: { id: _id, ...comment }, reports: list }) => ({
          comment,
          openReports: list.length,
          reasons: countReasons(list),
          reports: list.map(({ documentId, reason, message, reportedAt }) => ({ documentId, reason, message, reportedAt })),
        }));
    },

    /** An editor's decision: the comment's new state, a statement of reasons, and every open report closed with it as outcome. */
    async decide(commentDocumentId: string, input: DecisionInput) {
      const comment = await comments().findOne({ where: { documentId: commentDocumentId }, select: ['id', 'documentId'] });
      if (!comment) return null;
      return strapi.db.transaction(async () => {
        const { open, now } = await record(comment, input, false);
        const status = input.decision === 'hidden' ? 'upheld' : 'dismissed';
        if (open.length) await reports().updateMany({ where: { id: { $in: open.map((r) => r.id) } }, data: { status, decidedAt: now, openKey: null } });
        await setModeration(comment.documentId, input.decision === 'hidden' ? 'hidden' : 'visible');
        return { decision: input.decision, closedReports: open.length };
      });
    },

    /**
     * A report just came in: the comment counts it, and is flagged (or, at `autoHideAfter` open
     * reports, hidden pending an editor's review, with an automated statement of reasons).
     */
    async reported(comment: { id: number; documentId: string; moderation: string }, autoHideAfter: number) {
      const open = await openReportsOf(comment.id);
      const total = await reports().count({ where: { comment: { id: comment.id } } });
      if (comment.moderation !== 'hidden' && autoHideAfter > 0 && open.length >= autoHideAfter) {
        const facts = `Automatisch ausgeblendet, weil ${open.length} Meldungen offen sind. Die Redaktion prüft den Kommentar und entscheidet, ob er wieder erscheint.`;
        await record(comment, { decision: 'hidden', facts, ground: null, decidedBy: 'automatisch' }, true);
        return setModeration(comment.documentId, 'hidden', total);
      }
      return setModeration(comment.documentId, comment.moderation === 'hidden' ? 'hidden' : 'reported', total);
    },
  };
};

export type Moderation = ReturnType<typeof createModeration>;
