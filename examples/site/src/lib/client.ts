'use client';

import type { TypedDocumentString } from '../gql/graphql';

export interface ClientAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/**
 * Reader requests from the browser: typed documents posted to this site's /api/graphql, which
 * adds the JWT from the httpOnly cookie. The browser never holds the token.
 */
export const execute = async <R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<ClientAnswer<R>> => {
  const response = await fetch('/api/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  return (await response.json().catch(() => ({ errors: [{ message: `HTTP ${response.status}` }] }))) as ClientAnswer<R>;
};

/** The first problem of an answer as a sentence for the reader: a top-level error or a user error. */
export const problemOf = (answer: ClientAnswer<unknown>, userErrors?: readonly { message: string }[] | null) =>
  answer.errors?.[0]?.message ?? userErrors?.[0]?.message ?? null;
