'use client';

import Link from 'next/link';
import { useState } from 'react';
import { execute, problemOf } from '../../lib/client';
import { dictionary, type SiteLocale } from '../../lib/i18n';
import { ConfirmEmailAlerts } from '../../queries/notifications';

/**
 * The page SHOWRUNNER_ALERT_CONFIRM_URL points at (`?token=…`). Opening the link only asks; the
 * button confirms, so a mail scanner that follows links confirms nothing.
 */
export const EmailAlertConfirmation = ({ locale, token }: { locale: SiteLocale; token: string }) => {
  const t = dictionary(locale);
  const [state, setState] = useState<{ series: { slug: string; title: string }[] } | { problem: string } | null>(null);
  const confirm = async () => {
    const answer = await execute(ConfirmEmailAlerts, { input: { token } });
    const payload = answer.data?.confirmEmailAlerts;
    setState(payload?.confirmed ? { series: payload.series ?? [] } : { problem: problemOf(answer, payload?.userErrors) ?? 'Error' });
  };
  return (
    <>
      <h1>{t.emailAlerts}</h1>
      {state === null && (
        <button type="button" onClick={confirm}>
          {t.confirmEmailAlerts}
        </button>
      )}
      {state && 'series' in state && (
        <p className="notice" role="status">
          {t.emailAlertsConfirmed}{' '}
          {state.series.map((series) => (
            <Link key={series.slug} href={`/${locale}/series/${series.slug}`}>
              {series.title}{' '}
            </Link>
          ))}
        </p>
      )}
      {state && 'problem' in state && (
        <p className="error" role="alert">
          {state.problem}
        </p>
      )}
    </>
  );
};
