import type { Core } from '@strapi/strapi';
import { errors, yup } from '@strapi/utils';
import type { Context, Next } from 'koa';
import { getSettings } from '../config/get-settings';
import { USER_UID } from '../readers/uids';
import { sendMail } from './email';

type Body = Record<string, unknown>;

const bodyOf = (ctx: Context): Body => ((ctx.request as { body?: Body }).body ?? {}) as Body;
const EMAIL = yup.string().email().required();
const onlyAnEmail = (body: Body) => EMAIL.isValidSync(body.email) && Object.keys(body).every((key) => key === 'email');

/**
 * Answers at once, the same for every address, and lets users-permissions do its work (look the
 * address up, write a token, send the mail) after the answer has left: neither the status, the
 * body nor the time taken can tell a known address from an unknown one, and a mail server that
 * is down no longer turns into a 500 for known addresses only. Its late `ctx.send` is ignored
 * by Koa once the response is out.
 */
const answerNow = (strapi: Core.Strapi, ctx: Context, next: Next, body: Record<string, unknown>, what: string) => {
  next().catch((error: Error) => strapi.log.error(`[showrunner] ${what}: ${error.message}`));
  ctx.status = 200;
  ctx.body = body;
};

/** POST /api/auth/forgot-password: always `{ ok: true }`. Malformed input is still refused by users-permissions. */
export const forgotPassword = (strapi: Core.Strapi) => async (ctx: Context, next: Next) => {
  const body = bodyOf(ctx);
  if (!onlyAnEmail(body)) return next();
  answerNow(strapi, ctx, next, { ok: true }, 'forgot-password failed after answering');
};

/** POST /api/auth/send-email-confirmation: always `{ email, sent: true }` (users-permissions says "Already confirmed" otherwise). */
export const sendEmailConfirmation = (strapi: Core.Strapi) => async (ctx: Context, next: Next) => {
  const body = bodyOf(ctx);
  if (!onlyAnEmail(body)) return next();
  answerNow(strapi, ctx, next, { email: body.email, sent: true }, 'send-email-confirmation failed after answering');
};

const isAddressTaken = (error: unknown) => error instanceof errors.ApplicationError && error.message === 'Email or Username are already taken';
/** The account exists by then; only the mail failed, which a known address would not reveal either. */
const isMailFailure = (error: unknown) => error instanceof errors.ApplicationError && error.message === 'Error sending confirmation email';

/** The owner of an address someone tried to register again learns about it by mail, not the one who tried. */
const tellTheOwner = async (strapi: Core.Strapi, user: { id: number; email: string; username: string; confirmed: boolean }) => {
  const users = strapi.plugin('users-permissions').service('user');
  if (!user.confirmed) return users.sendConfirmationEmail(user);
  const advanced = (await strapi.store({ type: 'plugin', name: 'users-permissions' }).get({ key: 'advanced' })) as {
    email_reset_password?: string | null;
  } | null;
  const reset = advanced?.email_reset_password ? `\n\nPasswort vergessen? Hier legst du ein neues fest: ${advanced.email_reset_password}` : '';
  return sendMail(strapi, {
    to: user.email,
    subject: 'Du hast bereits ein Konto',
    text: `Hallo ${user.username},\n\njemand – vielleicht du – wollte sich gerade mit dieser E-Mail-Adresse neu anmelden. Du hast aber schon ein Konto; ein zweites gibt es nicht.${reset}\n\nWarst du das nicht, musst du nichts tun.`,
  });
};

export const REGISTERED = { ok: true, confirmationRequired: true };

/**
 * POST /api/auth/local/register while e-mail confirmation is on: a new address and a known one
 * get the same answer, `REGISTERED`; the confirmation mail (or, for a known address, a note to its
 * owner) says what happens next. A known address costs the same password hash and one mail, so
 * the time taken is alike too. A user name that is taken is still refused: user names are public.
 */
export const register = (strapi: Core.Strapi) => async (ctx: Context, next: Next) => {
  if (!getSettings(strapi).accounts.emailConfirmation) return next();
  const body = bodyOf(ctx);
  try {
    await next();
  } catch (error) {
    if (isMailFailure(error)) {
      ctx.status = 200;
      ctx.body = REGISTERED;
      return;
    }
    const email = typeof body.email === 'string' ? body.email.toLowerCase() : null;
    const owner =
      isAddressTaken(error) && email
        ? await strapi.db.query(USER_UID).findOne({ where: { email }, select: ['id', 'email', 'username', 'confirmed', 'blocked'] })
        : null;
    if (!owner) throw error;
    await strapi
      .plugin('users-permissions')
      .service('user')
      .ensureHashedPasswords({ password: String(body.password) });
    if (!owner.blocked)
      await tellTheOwner(strapi, owner).catch((failure: Error) => strapi.log.error(`[showrunner] register: note to the owner failed: ${failure.message}`));
  }
  ctx.status = 200;
  ctx.body = REGISTERED;
};
