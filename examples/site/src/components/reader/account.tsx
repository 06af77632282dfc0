'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { execute, problemOf } from '../../lib/client';
import { dictionary, type SiteLocale } from '../../lib/i18n';
import { DataExport, DeleteAccount, ViewerSummary } from '../../queries/reader';
import { SignInFirst } from './sign-in-first';

/** The data export (GDPR Art. 15/20) as a JSON download, and deleting the account with the password. */
export const Account = ({ locale }: { locale: SiteLocale }) => {
  const t = dictionary(locale);
  const [viewer, setViewer] = useState<{ displayName: string; email: string } | null | undefined>(undefined);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  useEffect(() => {
    execute(ViewerSummary, {}).then((answer) => setViewer(answer.data?.viewer ?? null));
  }, []);

  const download = async () => {
    const answer = await execute(DataExport, {});
    if (!answer.data) return setMessage({ text: problemOf(answer) ?? 'Error', ok: false });
    const file = new Blob([JSON.stringify(answer.data.viewerDataExport, null, 2)], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(file);
    link.download = 'showrunner-meine-daten.json';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const remove = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const password = String(new FormData(event.currentTarget).get('password'));
    const answer = await execute(DeleteAccount, { input: { password } });
    const payload = answer.data?.deleteViewerAccount;
    if (!payload?.deleted) return setMessage({ text: problemOf(answer, payload?.userErrors) ?? 'Error', ok: false });
    await fetch('/api/session', { method: 'DELETE' });
    setViewer(null);
    setMessage({ text: t.accountDeleted, ok: true });
  };

  if (viewer === undefined) return <h1>{t.account}</h1>;
  const notice = message && (
    <p className={message.ok ? 'notice' : 'error'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </p>
  );
  if (viewer === null)
    return (
      <>
        {notice}
        <SignInFirst locale={locale} title={t.account} />
      </>
    );
  return (
    <>
      <h1>{t.account}</h1>
      <p>
        {viewer.displayName} · {viewer.email}
      </p>
      {notice}
      <h2>{t.exportData}</h2>
      <button type="button" onClick={download}>
        {t.exportData}
      </button>
      <h2>{t.deleteAccount}</h2>
      <p>{t.deleteAccountHint}</p>
      <form className="form" onSubmit={remove}>
        <input name="password" type="password" autoComplete="current-password" aria-label={t.password} placeholder={t.password} required />
        <button type="submit">{t.deleteAccount}</button>
      </form>
    </>
  );
};
