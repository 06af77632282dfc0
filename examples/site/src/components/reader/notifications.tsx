'use client';

import { useEffect, useState, type FormEvent } from 'react';
import type { NotificationKind, NotificationSettingsPageQuery } from '../../gql/graphql';
import { execute, problemOf } from '../../lib/client';
import { dictionary, type SiteLocale } from '../../lib/i18n';
import { enablePush } from '../../lib/push';
import { NotificationSettingsPage, SubscribeEmailAlerts, UpdateNotificationSettings } from '../../queries/notifications';
import { SignInFirst } from './sign-in-first';

type Settings = NonNullable<NotificationSettingsPageQuery['viewer']>['notificationSettings'];
type Channel = 'inApp' | 'push' | 'email';
const CHANNELS: Channel[] = ['inApp', 'push', 'email'];
const ALERT_KINDS = ['broadcast', 'news', 'renewal', 'cast'];

type Dictionary = ReturnType<typeof dictionary>;

const Message = ({ message }: { message: { text: string; ok: boolean } | null }) =>
  message && (
    <p className={message.ok ? 'notice' : 'error'} role={message.ok ? 'status' : 'alert'}>
      {message.text}
    </p>
  );

/** Per kind and channel, and the browser's push subscription. */
const ReaderSettings = ({ t, initial, vapidKey }: { t: Dictionary; initial: Settings; vapidKey: string | null | undefined }) => {
  const [settings, setSettings] = useState(initial);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);

  const toggle = async (kind: NotificationKind, channel: Channel, value: boolean) => {
    const answer = await execute(UpdateNotificationSettings, { input: { kinds: [{ kind, [channel]: value }] } });
    const payload = answer.data?.updateNotificationSettings;
    if (payload?.notificationSettings) setSettings({ ...settings, kinds: payload.notificationSettings.kinds });
    const problem = problemOf(answer, payload?.userErrors);
    setMessage(problem ? { text: problem, ok: false } : null);
  };

  const push = async () => {
    const outcome = await enablePush(vapidKey).catch((error: unknown) => ({ problem: String(error) }));
    if (outcome === 'enabled') {
      setSettings({ ...settings, pushSubscriptionCount: settings.pushSubscriptionCount + 1 });
      return setMessage({ text: t.pushEnabled, ok: true });
    }
    const texts = { unsupported: t.pushUnsupported, denied: t.pushDenied, unavailable: t.pushUnavailable };
    setMessage({ text: typeof outcome === 'string' ? texts[outcome] : outcome.problem, ok: false });
  };

  return (
    <>
      <p>
        <button type="button" onClick={push}>
          {t.pushEnable}
        </button>{' '}
        <span className="muted" data-push-subscriptions={settings.pushSubscriptionCount}>
          {t.pushDevices(settings.pushSubscriptionCount)}
        </span>
      </p>
      <Message message={message} />
      <table>
        <thead>
          <tr>
            <th />
            {CHANNELS.map((channel) => (
              <th key={channel}>{t.channel[channel]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {settings.kinds.map((row) => (
            <tr key={row.kind}>
              <td>{t.kind[row.kind.toLowerCase()]}</td>
              {CHANNELS.map((channel) => (
                <td key={channel}>
                  <input
                    type="checkbox"
                    aria-label={`${t.kind[row.kind.toLowerCase()]}: ${t.channel[channel]}`}
                    checked={row[channel]}
                    onChange={(event) => toggle(row.kind, channel, event.target.checked)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
};

/** The e-mail alert form of the seed page ("TV-Termin-Benachrichtigung"): no account needed, double opt-in. */
export const EmailAlertForm = ({ locale, series = 'ballard' }: { locale: SiteLocale; series?: string }) => {
  const t = dictionary(locale);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const kinds = ALERT_KINDS.filter((kind) => form.get(kind) === 'on');
    const answer = await execute(SubscribeEmailAlerts, { input: { email: String(form.get('email')), series: [String(form.get('series'))], kinds } });
    const payload = answer.data?.subscribeEmailAlerts;
    setMessage(payload?.accepted ? { text: t.emailAlertsSent, ok: true } : { text: problemOf(answer, payload?.userErrors) ?? 'Error', ok: false });
  };
  return (
    <form className="form" onSubmit={submit}>
      <p>{t.emailAlertsIntro}</p>
      <input name="email" type="email" autoComplete="email" placeholder={t.email} aria-label={t.email} required />
      <input name="series" defaultValue={series} aria-label={t.series} required />
      <fieldset>
        <legend>{t.emailAlertsKinds}</legend>
        {ALERT_KINDS.map((kind) => (
          <label key={kind}>
            <input type="checkbox" name={kind} defaultChecked={kind === 'broadcast' || kind === 'news'} /> {t.kind[kind]}{' '}
          </label>
        ))}
      </fieldset>
      <button type="submit">{t.subscribe}</button>
      <Message message={message} />
    </form>
  );
};

export const NotificationSettings = ({ locale }: { locale: SiteLocale }) => {
  const t = dictionary(locale);
  const [data, setData] = useState<NotificationSettingsPageQuery | null | undefined>(undefined);
  useEffect(() => {
    execute(NotificationSettingsPage, {}).then((answer) => setData(answer.data ?? null));
  }, []);
  return (
    <>
      {data?.viewer ? (
        <>
          <h1>{t.notifications}</h1>
          <ReaderSettings t={t} initial={data.viewer.notificationSettings} vapidKey={data.pushPublicKey} />
        </>
      ) : data === undefined ? (
        <h1>{t.notifications}</h1>
      ) : (
        <SignInFirst locale={locale} title={t.notifications} />
      )}
      <h2>{t.emailAlerts}</h2>
      <EmailAlertForm locale={locale} />
    </>
  );
};
