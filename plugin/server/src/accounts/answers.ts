import type { Context } from 'koa';

/** Errors in the shape Strapi answers every REST error with, plus a stable `details.code`. */
export const refuse = (ctx: Context, status: number, name: string, code: string, message: string, details: Record<string, unknown> = {}) => {
  ctx.status = status;
  ctx.body = { data: null, error: { status, name, message, details: { code, ...details } } };
};

export const tooMany = (ctx: Context, retryAfterSeconds: number) => {
  ctx.set('Retry-After', String(retryAfterSeconds));
  const minutes = Math.ceil(retryAfterSeconds / 60);
  refuse(ctx, 429, 'RateLimitError', 'RATE_LIMITED', `Zu viele Versuche. Bitte in ${minutes === 1 ? 'einer Minute' : `${minutes} Minuten`} noch einmal.`, {
    retryAfter: retryAfterSeconds,
  });
};
