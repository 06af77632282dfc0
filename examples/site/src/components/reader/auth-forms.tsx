'use client';

import Link from 'next/link';
import { useState, type FormEvent } from 'react';
import { dictionary, type SiteLocale } from '../../lib/i18n';

const postJson = async (url: string, body: unknown) => {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  return { ok: response.ok, ...((await response.json().catch(() => ({}))) as { error?: string; confirmationRequired?: boolean }) };
};

const useSubmit = (run: (form: FormData) => Promise<string | null>) => {
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    try {
      const done = await run(new FormData(event.currentTarget));
      if (done) setMessage({ text: done, ok: true });
    } catch (error) {
      setMessage({ text: error instanceof Error ? error.message : String(error), ok: false });
    }
  };
  const notice = message && (
    <p className={message.ok ? 'notice' : 'error'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </p>
  );
  return { onSubmit, notice };
};

const expectOk = (answer: { ok: boolean; error?: string }) => {
  if (!answer.ok) throw new Error(answer.error ?? 'Error');
};

export const LoginForm = ({ locale }: { locale: SiteLocale }) => {
  const t = dictionary(locale);
  const { onSubmit, notice } = useSubmit(async (form) => {
    expectOk(await postJson('/api/session', { action: 'login', identifier: form.get('identifier'), password: form.get('password') }));
    // A full load: the header and every reader component read the new session.
    window.location.assign(`/${locale}/wunschliste`);
    return null;
  });
  return (
    <>
      <h1>{t.login}</h1>
      <form className="form" onSubmit={onSubmit}>
        <input name="identifier" type="text" autoComplete="username" placeholder={t.email} aria-label={t.email} required />
        <input name="password" type="password" autoComplete="current-password" placeholder={t.password} aria-label={t.password} required />
        <button type="submit">{t.login}</button>
      </form>
      {notice}
      <p>
        <Link href={`/${locale}/forgot-password`}>{t.forgotPassword}</Link> · <Link href={`/${locale}/register`}>{t.register}</Link>
      </p>
    </>
  );
};

export const RegisterForm = ({ locale }: { locale: SiteLocale }) => {
  const t = dictionary(locale);
  const { onSubmit, notice } = useSubmit(async (form) => {
    const answer = await postJson('/api/session', {
      action: 'register',
      username: form.get('username'),
      email: form.get('email'),
      password: form.get('password'),
    });
    expectOk(answer);
    if (answer.confirmationRequired) return t.confirmationRequired;
    window.location.assign(`/${locale}/wunschliste`);
    return null;
  });
  return (
    <>
      <h1>{t.register}</h1>
      <form className="form" onSubmit={onSubmit}>
        <input name="username" autoComplete="nickname" placeholder={t.username} aria-label={t.username} required />
        <input name="email" type="email" autoComplete="email" placeholder={t.email} aria-label={t.email} required />
        <input name="password" type="password" autoComplete="new-password" placeholder={t.password} aria-label={t.password} minLength={6} required />
        <button type="submit">{t.register}</button>
      </form>
      {notice}
    </>
  );
};

export const ForgotPasswordForm = ({ locale }: { locale: SiteLocale }) => {
  const t = dictionary(locale);
  const { onSubmit, notice } = useSubmit(async (form) => {
    expectOk(await postJson('/api/password', { action: 'forgot', email: form.get('email') }));
    return t.resetSent;
  });
  return (
    <>
      <h1>{t.forgotPassword}</h1>
      <form className="form" onSubmit={onSubmit}>
        <input name="email" type="email" autoComplete="email" placeholder={t.email} aria-label={t.email} required />
        <button type="submit">{t.resetPassword}</button>
      </form>
      {notice}
    </>
  );
};

export const ResetPasswordForm = ({ locale, code }: { locale: SiteLocale; code: string }) => {
  const t = dictionary(locale);
  const { onSubmit, notice } = useSubmit(async (form) => {
    if (form.get('password') !== form.get('again')) throw new Error(t.passwordAgain);
    expectOk(await postJson('/api/password', { action: 'reset', code, password: form.get('password') }));
    return t.resetDone;
  });
  return (
    <>
      <h1>{t.resetPassword}</h1>
      <form className="form" onSubmit={onSubmit}>
        <input name="password" type="password" autoComplete="new-password" placeholder={t.password} aria-label={t.password} required />
        <input name="again" type="password" autoComplete="new-password" placeholder={t.passwordAgain} aria-label={t.passwordAgain} required />
        <button type="submit">{t.resetPassword}</button>
      </form>
      {notice}
    </>
  );
};
