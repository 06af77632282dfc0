import type { NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIE, SESSION_MAX_AGE_SECONDS } from './config';

/**
 * The reader's JWT lives in an httpOnly, SameSite=Lax cookie that only this site's route handlers
 * read: page scripts (and so any injected script) never see the token, and it survives a reload,
 * which a token held in memory would not. Cookies bring CSRF with them, which the API itself is
 * free of (it reads no cookies); the handlers therefore accept only JSON POSTs (a cross-site
 * form cannot send one without a CORS preflight, which this site never allows) and Lax keeps the
 * cookie off cross-site POSTs anyway.
 */
export const tokenOf = (request: NextRequest) => request.cookies.get(SESSION_COOKIE)?.value;

export const setSession = (response: NextResponse, jwt: string, secure: boolean) =>
  response.cookies.set(SESSION_COOKIE, jwt, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: SESSION_MAX_AGE_SECONDS });

export const clearSession = (response: NextResponse) => response.cookies.set(SESSION_COOKIE, '', { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 0 });

export const isJsonPost = (request: NextRequest) => (request.headers.get('content-type') ?? '').split(';')[0].trim() === 'application/json';

/** Forwards the client's address, so the API's per-IP limits (log-ins, registrations) count readers, not this server. */
export const forwardedFor = (request: NextRequest) => {
  const chain = request.headers.get('x-forwarded-for');
  return chain ? { 'x-forwarded-for': chain } : ({} as Record<string, string>);
};
