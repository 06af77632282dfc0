import type { Context, Next } from 'koa';
import { refuse } from './answers';
import { hashToken, type ResetTokens } from './reset-tokens';

const REFUSALS = {
  unknown: ['RESET_TOKEN_INVALID', 'Dieser Link zum Zurücksetzen des Passworts ist ungültig oder wurde schon benutzt. Bitte fordere einen neuen an.'],
  expired: ['RESET_TOKEN_EXPIRED', 'Dieser Link zum Zurücksetzen des Passworts ist abgelaufen. Bitte fordere einen neuen an.'],
} as const;

/**
 * POST /api/auth/reset-password: an unknown, used or expired code is refused here with 400 and a
 * code saying which; a valid one is claimed and handed to users-permissions as the hash its user
 * row holds. Should the reset fail on anything else (passwords differ, too weak), the code stays usable.
 */
export const resetPassword = (tokens: ResetTokens) => async (ctx: Context, next: Next) => {
  const request = ctx.request as { body?: Record<string, unknown> };
  const code = request.body?.code;
  if (typeof code !== 'string' || code === '') return next();
  const claim = await tokens.claim(code);
  if (!claim.valid) {
    const [errorCode, message] = REFUSALS[claim.reason];
    return refuse(ctx, 400, 'ValidationError', errorCode, message);
  }
  request.body = { ...request.body, code: hashToken(code) };
  try {
    await next();
  } catch (error) {
    await claim.restore();
    throw error;
  }
};
