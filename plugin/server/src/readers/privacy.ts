import type { Core } from '@strapi/strapi';
import type { Outcome, Viewer } from '@showrunner/graphql';
import { UID } from '../../../../types/domain/uids';
import { getService } from '../get-service';
import { READER_UID, USER_UID } from './uids';
import { ok, refused } from './user-errors';
import { DELETED_MEMBER } from './viewer';

const OUTCOMES: Record<string, string> = {
  open: 'Noch offen: Die Redaktion prüft deine Meldung.',
  upheld: 'Die Redaktion hat deiner Meldung stattgegeben und den Kommentar ausgeblendet.',
  dismissed: 'Die Redaktion hat den Kommentar geprüft und sichtbar gelassen.',
  closed: 'Erledigt: Der Kommentar wurde von seinem Verfasser gelöscht.',
};

const GROUNDS: Record<string, string> = {
  community_rules: 'Verstoß gegen unsere Kommentarregeln',
  illegal_content: 'rechtswidriger Inhalt',
};

/** How an author can contest a decision (DSA Art. 17(3)(f)); the same for every statement. */
export const REDRESS =
  'Du kannst dieser Entscheidung widersprechen: Antworte auf die Benachrichtigung oder schreib der Redaktion mit der Kennung des Kommentars. Außergerichtliche Streitbeilegung und der Rechtsweg stehen dir daneben offen.';

type Statement = {
  decision: string;
  ground: string | null;
  facts: string;
  reportReasons: Record<string, number> | null;
  automated: boolean;
  decidedAt: string;
};

const statementOf = (comment: { documentId: string }, s: Statement) => ({
  comment: comment.documentId,
  decision: s.decision === 'hidden' ? 'ausgeblendet' : 'wieder sichtbar',
  ground: s.ground ? (GROUNDS[s.ground] ?? s.ground) : null,
  facts: s.facts,
  reportReasons: Object.fromEntries(Object.entries(s.reportReasons ?? {}).map(([reason, count]) => [reason.toUpperCase(), count])),
  automated: s.automated,
  decidedBy: s.automated ? 'automatisch' : 'Redaktion',
  decidedAt: s.decidedAt,
  redress: REDRESS,
});

/** GDPR Art. 15/17/20 for readers: everything stored about them, and deleting the account (README.md, "Readers"). */
export const createPrivacy = (strapi: Core.Strapi) => {
  const query = (uid: string) => strapi.db.query(uid as never);

  const titleOf = async (kind: string, documentId: string) => {
    const row = await query(kind === 'person' ? UID.person : UID.series).findOne({
      where: { documentId },
      select: ['slug', kind === 'person' ? 'name' : 'title'],
    });
    return row ? { slug: row.slug, title: row.name ?? row.title } : { slug: null, title: null };
  };

  return {
    async exportData(viewer: Viewer): Promise<Record<string, unknown>> {
      const user = await query(USER_UID).findOne({
        where: { id: viewer.id },
        select: ['id', 'documentId', 'username', 'email', 'provider', 'confirmed', 'blocked', 'createdAt', 'updatedAt'],
        populate: { role: { select: ['name'] } },
      });
      if (!user) return {};
      const { role, ...account } = user;
      const follows = await query(READER_UID.follow).findMany({
        where: { reader: { id: viewer.id } },
        select: ['targetType', 'targetDocumentId', 'createdAt'],
        orderBy: { createdAt: 'asc' },
      });
      const comments = await query(UID.comment).findMany({
        where: { reader: { id: viewer.id } },
        select: ['documentId', 'body', 'postedAt', 'moderation', 'deletedByAuthorAt'],
        populate: {
          article: { select: ['documentId', 'slug', 'headline'] },
          replyTo: { select: ['documentId'] },
          statements: { orderBy: { decidedAt: 'asc' } },
        },
        orderBy: { postedAt: 'asc' },
      });
      const reports = await query(READER_UID.report).findMany({
        where: { reporter: { id: viewer.id } },
        select: ['documentId', 'reason', 'message', 'reportedAt', 'status', 'decidedAt'],
        populate: { comment: { select: ['documentId'], populate: { article: { select: ['documentId', 'slug', 'headline'] } } } },
        orderBy: { reportedAt: 'asc' },
      });
      return {
        exportedAt: new Date().toISOString(),
        account: { ...account, role: role?.name ?? null },
        follows: await Promise.all(
          follows.map(async (f: { targetType: string; targetDocumentId: string; createdAt: string }) => ({
            kind: f.targetType,
            documentId: f.targetDocumentId,
            ...(await titleOf(f.targetType, f.targetDocumentId)),
            since: f.createdAt,
          }))
        ),
        comments: comments.map(({ id: _id, statements, article, replyTo, ...comment }: Record<string, any>) => ({
          ...comment,
          article: article ?? null,
          replyTo: replyTo?.documentId ?? null,
          statementsOfReasons: (statements ?? []).map((s: Statement) => statementOf(comment as { documentId: string }, s)),
        })),
        reports: reports.map(({ id: _id, comment, reason, ...report }: Record<string, any>) => ({
          ...report,
          reason: String(reason).toUpperCase(),
          comment: comment ? { documentId: comment.documentId, article: comment.article ?? null } : null,
          outcome: OUTCOMES[report.status] ?? report.status,
        })),
        notifications: await getService(strapi, 'notifications').exportData(viewer),
        statementsOfReasons: comments.flatMap((comment: Record<string, any>) =>
          (comment.statements ?? []).map((s: Statement) => statementOf(comment as { documentId: string }, s))
        ),
      };
    },

    /**
     * Deletes the account after checking its password (with the log-in's per-account budget).
     * Follows, pending reset tokens and the account go; reports stay for the record without their
     * reporter; comments stay, shown as written by "gelöschtes Mitglied".
     */
    async deleteAccount(viewer: Viewer, input: { password: string }): Promise<Outcome<{ deleted: true }>> {
      const accounts = getService(strapi, 'accounts');
      const check = await accounts.checkPassword(viewer.id, typeof input.password === 'string' ? input.password : '');
      if (!check.ok) return check.retryAfter ? refused('TOO_MANY_ATTEMPTS', check.retryAfter) : refused('WRONG_PASSWORD');
      await strapi.db.transaction(async () => {
        await query(READER_UID.follow).deleteMany({ where: { reader: { id: viewer.id } } });
        await getService(strapi, 'notifications').forget(viewer.id);
        await accounts.resetTokens.forget(viewer.id);
        for (const report of await query(READER_UID.report).findMany({ where: { reporter: { id: viewer.id } }, select: ['id'] })) {
          await query(READER_UID.report).update({ where: { id: report.id }, data: { reporter: null, openKey: null } });
        }
        for (const comment of await query(UID.comment).findMany({ where: { reader: { id: viewer.id } }, select: ['documentId'] })) {
          await strapi
            .documents(UID.comment)
            .update({ documentId: comment.documentId, data: { authorName: DELETED_MEMBER, authorBirthYear: null, reader: null } } as never);
        }
        await strapi.plugin('users-permissions').service('user').remove({ id: viewer.id });
      });
      return ok({ deleted: true as const });
    },
  };
};
