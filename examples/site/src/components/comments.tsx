'use client';

import { useCallback, useEffect, useState, type FormEvent } from 'react';
import type { CommentFieldsFragment, CommentListFragment, ReportReason } from '../gql/graphql';
import { execute, problemOf } from '../lib/client';
import { dictionary, formatDateTime, type SiteLocale } from '../lib/i18n';
import { ViewerSummary } from '../queries/reader';
import { ArticleComments, CreateComment, DeleteComment, ReportComment } from '../queries/comments';

const REASONS: ReportReason[] = ['SPOILER', 'SPAM', 'HARASSMENT', 'HATE_SPEECH', 'OFF_TOPIC', 'PERSONAL_DATA', 'ILLEGAL_CONTENT', 'OTHER'];

type Dictionary = ReturnType<typeof dictionary>;

const CommentForm = ({ label, submitLabel, onSubmit }: { label: string; submitLabel: string; onSubmit: (body: string) => Promise<boolean> }) => {
  const [body, setBody] = useState('');
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await onSubmit(body)) setBody('');
  };
  return (
    <form onSubmit={submit} className="form">
      <textarea aria-label={label} placeholder={label} value={body} onChange={(event) => setBody(event.target.value)} rows={3} required />
      <button type="submit">{submitLabel}</button>
    </form>
  );
};

const ReportForm = ({ t, onReport }: { t: Dictionary; onReport: (reason: ReportReason, message: string) => Promise<void> }) => {
  const [reason, setReason] = useState<ReportReason>('SPOILER');
  const [message, setMessage] = useState('');
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        void onReport(reason, message);
      }}
    >
      <label>
        {t.reportReason}{' '}
        <select value={reason} onChange={(event) => setReason(event.target.value as ReportReason)}>
          {REASONS.map((value) => (
            <option key={value} value={value}>
              {t.reasons[value]}
            </option>
          ))}
        </select>
      </label>
      <input aria-label={t.reportMessage} placeholder={t.reportMessage} value={message} onChange={(event) => setMessage(event.target.value)} maxLength={1000} />
      <button type="submit">{t.sendReport}</button>
    </form>
  );
};

interface Actions {
  signedIn: boolean;
  reply?: (parent: string, body: string) => Promise<boolean>;
  report: (comment: string, reason: ReportReason, message: string) => Promise<void>;
  remove: (comment: string) => Promise<void>;
}

const CommentItem = ({
  comment,
  replies,
  locale,
  actions,
}: {
  comment: CommentFieldsFragment;
  replies?: CommentFieldsFragment[];
  locale: SiteLocale;
  actions: Actions;
}) => {
  const t = dictionary(locale);
  const [open, setOpen] = useState<'reply' | 'report' | null>(null);
  return (
    <div className="comment" data-comment={comment.id}>
      <div className="muted">
        <strong>{comment.authorName ?? '–'}</strong>
        {comment.postedAt && <> · {formatDateTime(locale, comment.postedAt)}</>}
      </div>
      {/* Plain text from the API, rendered as text (never as HTML). */}
      <p className={comment.removed ? 'muted' : undefined}>{comment.body}</p>
      {actions.signedIn && !comment.removed && (
        <div className="comment-actions">
          {actions.reply && (
            <button type="button" className="secondary" onClick={() => setOpen(open === 'reply' ? null : 'reply')}>
              {t.reply}
            </button>
          )}
          {comment.viewerCanDelete ? (
            <button type="button" className="secondary" onClick={() => actions.remove(comment.id)}>
              {t.deleteComment}
            </button>
          ) : comment.viewerHasReported ? (
            <span className="muted">{t.reported}</span>
          ) : (
            <button type="button" className="secondary" onClick={() => setOpen(open === 'report' ? null : 'report')}>
              {t.report}
            </button>
          )}
        </div>
      )}
      {open === 'reply' && actions.reply && (
        <CommentForm
          label={t.reply}
          submitLabel={t.postReply}
          onSubmit={async (body) => {
            const posted = await actions.reply!(comment.id, body);
            if (posted) setOpen(null);
            return posted;
          }}
        />
      )}
      {open === 'report' && (
        <ReportForm
          t={t}
          onReport={async (reason, message) => {
            await actions.report(comment.id, reason, message);
            setOpen(null);
          }}
        />
      )}
      {replies && replies.length > 0 && (
        <div className="replies">
          {replies.map((reply) => (
            <CommentItem key={reply.id} comment={reply} locale={locale} actions={{ ...actions, reply: undefined }} />
          ))}
        </div>
      )}
    </div>
  );
};

/**
 * The comments under an article. The server renders them for everyone (in the HTML); once a
 * reader is signed in, they are read again with the reader's token, which adds what only they see
 * (their own comments' delete button, what they already reported).
 */
export const Comments = ({ slug, locale, initial }: { slug: string; locale: SiteLocale; initial: CommentListFragment }) => {
  const t = dictionary(locale);
  const [comments, setComments] = useState(initial);
  const [signedIn, setSignedIn] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const answer = await execute(ArticleComments, { slug });
    if (answer.data?.article) setComments(answer.data.article.comments);
  }, [slug]);

  useEffect(() => {
    execute(ViewerSummary, {}).then((answer) => {
      if (!answer.data?.viewer) return;
      setSignedIn(true);
      void reload();
    });
  }, [reload]);

  const post = async (body: string, parent?: string) => {
    const answer = await execute(CreateComment, { input: { article: slug, body, parent } });
    const payload = answer.data?.createComment;
    setProblem(problemOf(answer, payload?.userErrors));
    if (!payload?.comment) return false;
    await reload();
    return true;
  };

  const actions: Actions = {
    signedIn,
    reply: (parent, body) => post(body, parent),
    async report(comment, reason, message) {
      const answer = await execute(ReportComment, { input: { comment, reason, message: message || undefined } });
      setProblem(problemOf(answer, answer.data?.reportComment?.userErrors));
      await reload();
    },
    async remove(comment) {
      const answer = await execute(DeleteComment, { input: { comment } });
      setProblem(problemOf(answer, answer.data?.deleteComment?.userErrors));
      await reload();
    },
  };

  return (
    <section aria-labelledby="comments">
      <h2 id="comments">
        {t.comments} ({comments.totalCount})
      </h2>
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
      {signedIn ? (
        <CommentForm label={t.writeComment} submitLabel={t.postComment} onSubmit={(body) => post(body)} />
      ) : (
        <p>
          <a href={`/${locale}/login`}>{t.signInToComment}</a>
        </p>
      )}
      {comments.nodes.length === 0 && <p className="muted">{t.noComments}</p>}
      {comments.nodes.map((comment) => (
        <CommentItem key={comment.id} comment={comment} replies={comment.replies} locale={locale} actions={actions} />
      ))}
    </section>
  );
};
