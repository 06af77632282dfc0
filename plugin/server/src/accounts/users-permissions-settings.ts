import type { Core } from '@strapi/strapi';
import { getSettings } from '../config/get-settings';

type Template = { display: string; icon: string; options: { from: { name: string; email: string }; response_email: string; object: string; message: string } };
type Templates = { reset_password: Template; email_confirmation: Template };

/** users-permissions' own defaults, for a store it has not written yet (it bootstraps after this plugin). */
const ADVANCED_DEFAULTS = {
  unique_email: true,
  allow_register: true,
  email_confirmation: false,
  email_reset_password: null,
  email_confirmation_redirection: null,
  default_role: 'authenticated',
};

/** The subjects users-permissions ships; a template still carrying one was never edited in the admin. */
const STOCK_SUBJECTS = new Set(['Reset password', 'Account confirmation']);

const RESET_PASSWORD = `<p>Hallo <%= USER.username %>,</p>

<p>jemand – hoffentlich du – möchte das Passwort für dein Konto zurücksetzen. Mit diesem Link legst du ein neues fest. Er funktioniert nur einmal und nur kurze Zeit:</p>
<p><a href="<%= URL %>?code=<%= TOKEN %>"><%= URL %>?code=<%= TOKEN %></a></p>

<p>Warst du das nicht, ignoriere diese E-Mail einfach: Dein Passwort bleibt, wie es ist.</p>`;

const EMAIL_CONFIRMATION = `<p>Hallo <%= USER.username %>,</p>

<p>danke für deine Anmeldung! Bitte bestätige deine E-Mail-Adresse mit diesem Link:</p>
<p><a href="<%= URL %>?confirmation=<%= CODE %>"><%= URL %>?confirmation=<%= CODE %></a></p>

<p>Hast du dich nicht angemeldet, ignoriere diese E-Mail einfach.</p>`;

/** "Name <address>" or a bare address, as EMAIL_FROM holds it. */
export const parseSender = (from: string) => {
  const match = /^\s*(.*?)\s*<([^>]+)>\s*$/.exec(from);
  return match ? { name: match[1].replace(/^"|"$/g, ''), email: match[2] } : { name: '', email: from.trim() };
};

const template = (display: string, icon: string, object: string, message: string, from: Template['options']['from']): Template => ({
  display,
  icon,
  options: { from, response_email: '', object, message },
});

/** German texts instead of users-permissions' English stock ones; texts edited in the admin stay. The sender always follows EMAIL_FROM. */
export const accountTemplates = (current: Partial<Templates> | null, from: string | null): Templates => {
  const sender = from ? parseSender(from) : null;
  const pick = (key: keyof Templates, fresh: Template): Template => {
    const existing = current?.[key];
    const base = !existing || STOCK_SUBJECTS.has(existing.options.object) ? fresh : existing;
    return sender ? { ...base, options: { ...base.options, from: sender } } : base;
  };
  const stockFrom = { name: 'Showrunner', email: 'no-reply@showrunner.invalid' };
  return {
    reset_password: pick('reset_password', template('Email.template.reset_password', 'sync', 'Passwort zurücksetzen', RESET_PASSWORD, stockFrom)),
    email_confirmation: pick(
      'email_confirmation',
      template('Email.template.email_confirmation', 'check-square', 'Bitte bestätige deine E-Mail-Adresse', EMAIL_CONFIRMATION, stockFrom)
    ),
  };
};

/**
 * Writes what the plugin's settings decide into users-permissions' store on every start: e-mail
 * confirmation on or off, where the reset and confirmation links lead, German mail templates.
 */
export const applyUsersPermissionsSettings = async (strapi: Core.Strapi) => {
  const { accounts, email } = getSettings(strapi);
  const store = strapi.store({ type: 'plugin', name: 'users-permissions' });
  const advanced = ((await store.get({ key: 'advanced' })) as Record<string, unknown> | null) ?? ADVANCED_DEFAULTS;
  await store.set({
    key: 'advanced',
    value: {
      ...advanced,
      email_confirmation: accounts.emailConfirmation,
      ...(accounts.resetPasswordUrl ? { email_reset_password: accounts.resetPasswordUrl } : {}),
      ...(accounts.confirmationRedirectUrl ? { email_confirmation_redirection: accounts.confirmationRedirectUrl } : {}),
    },
  });
  await store.set({ key: 'email', value: accountTemplates((await store.get({ key: 'email' })) as Partial<Templates> | null, email.from) });
};
