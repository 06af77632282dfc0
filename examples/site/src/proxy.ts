import { NextResponse, type NextRequest } from 'next/server';

/**
 * Previews show drafts with an editor's token: no shared cache may keep them. Next marks dynamic
 * pages uncacheable on its own; this states it exactly for the preview route, whatever Next does.
 */
export function proxy(_request: NextRequest) {
  const response = NextResponse.next();
  response.headers.set('cache-control', 'private, no-store');
  return response;
}

export const config = { matcher: '/preview' };
