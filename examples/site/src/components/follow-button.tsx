'use client';

import Link from 'next/link';
import { useEffect, useState } from 'react';
import { execute, problemOf } from '../lib/client';
import { dictionary, type SiteLocale } from '../lib/i18n';
import { FollowPerson, FollowSeries, PersonFollowState, SeriesFollowState, UnfollowPerson, UnfollowSeries } from '../queries/reader';

interface State {
  follows: boolean | null;
  count: number;
}

/** Follow or unfollow ("Meine Wunschliste"); the reader's state is read in the browser, not in the cached page. */
export const FollowButton = ({ kind, slug, locale, initialCount }: { kind: 'series' | 'person'; slug: string; locale: SiteLocale; initialCount: number }) => {
  const t = dictionary(locale);
  const [state, setState] = useState<State>({ follows: null, count: initialCount });
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    const load = async () => {
      const target = kind === 'series' ? (await execute(SeriesFollowState, { slug })).data?.series : (await execute(PersonFollowState, { slug })).data?.person;
      if (target) setState({ follows: target.viewerFollows ?? null, count: target.followerCount });
    };
    void load();
  }, [kind, slug]);

  /** One typed call per mutation: each document has its own result type. */
  const send = async (follow: boolean) => {
    if (kind === 'series') {
      const input = { input: { series: slug } };
      if (follow) {
        const answer = await execute(FollowSeries, input);
        return { answer, payload: answer.data?.followSeries, target: answer.data?.followSeries?.series };
      }
      const answer = await execute(UnfollowSeries, input);
      return { answer, payload: answer.data?.unfollowSeries, target: answer.data?.unfollowSeries?.series };
    }
    const input = { input: { person: slug } };
    if (follow) {
      const answer = await execute(FollowPerson, input);
      return { answer, payload: answer.data?.followPerson, target: answer.data?.followPerson?.person };
    }
    const answer = await execute(UnfollowPerson, input);
    return { answer, payload: answer.data?.unfollowPerson, target: answer.data?.unfollowPerson?.person };
  };

  const toggle = async () => {
    setBusy(true);
    const { answer, payload, target } = await send(!state.follows);
    setBusy(false);
    setProblem(problemOf(answer, payload?.userErrors));
    if (target) setState({ follows: target.viewerFollows ?? null, count: target.followerCount });
  };

  return (
    <div className="follow">
      {state.follows === null ? (
        <Link href={`/${locale}/login`}>{t.follow}</Link>
      ) : (
        <button type="button" onClick={toggle} disabled={busy} aria-pressed={state.follows} className={state.follows ? 'secondary' : undefined}>
          {state.follows ? t.unfollow : t.follow}
        </button>
      )}{' '}
      <span className="muted">{t.followers(state.count)}</span>
      {problem && <p className="error">{problem}</p>}
    </div>
  );
};
