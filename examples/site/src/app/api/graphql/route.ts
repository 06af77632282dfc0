import { NextResponse, type NextRequest } from 'next/server';
import { API_URL } from '../../../lib/config';
import { clearSession, isJsonPost, tokenOf } from '../../../lib/session';

/**
 * The browser's only way to the API for reader operations: the typed document arrives as JSON,
 * leaves with the reader's token from the httpOnly cookie. A 401 from the API (expired token,
 * deleted account) ends the session here too.
 */
export async function POST(request: NextRequest) {
  if (!isJsonPost(request)) return NextResponse.json({ errors: [{ message: 'JSON only' }] }, { status: 415 });
  const token = tokenOf(request);
  const upstream = await fetch(API_URL, {
    method: 'POST',
    cache: 'no-store',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token && { authorization: `Bearer ${token}` }),
    },
    body: await request.text(),
  });
  const response = new NextResponse(await upstream.text(), {
    status: upstream.status,
    headers: { 'content-type': upstream.headers.get('content-type') ?? 'application/json', 'cache-control': 'private, no-store' },
  });
  if (upstream.status === 401 && token) clearSession(response);
  return response;
}
