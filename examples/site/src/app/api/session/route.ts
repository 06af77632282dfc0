import { NextResponse, type NextRequest } from 'next/server';
import { API_ORIGIN } from '../../../lib/config';
import { clearSession, forwardedFor, isJsonPost, setSession } from '../../../lib/session';

interface SessionRequest {
  action: 'login' | 'register';
  identifier?: string;
  username?: string;
  email?: string;
  password?: string;
}

const ROUTES = { login: '/api/auth/local', register: '/api/auth/local/register' } as const;

/**
 * Log in or register through users-permissions; the JWT goes into the httpOnly cookie and only
 * the outcome goes back to the browser. While e-mail confirmation is on, registering returns no
 * token (`confirmationRequired`).
 */
export async function POST(request: NextRequest) {
  if (!isJsonPost(request)) return NextResponse.json({ error: 'JSON only' }, { status: 415 });
  const { action, ...fields } = (await request.json()) as SessionRequest;
  if (!(action in ROUTES)) return NextResponse.json({ error: 'unknown action' }, { status: 400 });
  const body =
    action === 'login'
      ? { identifier: fields.identifier, password: fields.password }
      : { username: fields.username, email: fields.email, password: fields.password };
  const upstream = await fetch(`${API_ORIGIN}${ROUTES[action]}`, {
    method: 'POST',
    cache: 'no-store',
    headers: { 'content-type': 'application/json', ...forwardedFor(request) },
    body: JSON.stringify(body),
  });
  const answer = await upstream.json().catch(() => ({}));
  if (!upstream.ok) return NextResponse.json({ error: answer?.error?.message ?? `HTTP ${upstream.status}` }, { status: upstream.status });
  const response = NextResponse.json({ ok: true, confirmationRequired: !answer.jwt, user: answer.user ? { username: answer.user.username } : null });
  if (answer.jwt) setSession(response, answer.jwt, request.nextUrl.protocol === 'https:');
  return response;
}

export async function DELETE() {
  const response = NextResponse.json({ ok: true });
  clearSession(response);
  return response;
}
