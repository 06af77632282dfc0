import { NextResponse, type NextRequest } from 'next/server';
import { API_ORIGIN } from '../../../lib/config';
import { forwardedFor, isJsonPost } from '../../../lib/session';

/** "Passwort vergessen" and the reset link's form, passed on to users-permissions' routes. */
export async function POST(request: NextRequest) {
  if (!isJsonPost(request)) return NextResponse.json({ error: 'JSON only' }, { status: 415 });
  const { action, email, code, password } = (await request.json()) as { action: 'forgot' | 'reset'; email?: string; code?: string; password?: string };
  const [path, body] =
    action === 'forgot' ? ['/api/auth/forgot-password', { email }] : ['/api/auth/reset-password', { code, password, passwordConfirmation: password }];
  const upstream = await fetch(`${API_ORIGIN}${path}`, {
    method: 'POST',
    cache: 'no-store',
    headers: { 'content-type': 'application/json', ...forwardedFor(request) },
    body: JSON.stringify(body),
  });
  const answer = await upstream.json().catch(() => ({}));
  if (!upstream.ok) return NextResponse.json({ error: answer?.error?.message ?? `HTTP ${upstream.status}` }, { status: upstream.status });
  return NextResponse.json({ ok: true });
}
