import type { TypedDocumentString } from '../gql/graphql';
import { API_URL } from './config';

interface GraphQLAnswer<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly code?: string
  ) {
    super(message);
  }
}

const unwrap = async <T>(response: Response): Promise<T> => {
  const answer = (await response.json().catch(() => ({}))) as GraphQLAnswer<T>;
  const error = answer.errors?.[0];
  if (error || !answer.data) throw new ApiError(error?.message ?? `The API answered ${response.status}`, response.status, error?.extensions?.code);
  return answer.data;
};

/**
 * A public query, on the server, as GET: the API answers it from its response cache (ETag,
 * `Cache-Control: public`), which editors' changes invalidate the moment they publish. The site
 * therefore keeps no cache of its own (`no-store`): a second, time-based cache here would only
 * show readers older content than the API already has.
 */
export const publicQuery = async <R, V>(document: TypedDocumentString<R, V>, variables: V): Promise<R> => {
  const url = new URL(API_URL);
  url.searchParams.set('query', document.toString());
  url.searchParams.set('variables', JSON.stringify(variables));
  return unwrap<R>(await fetch(url, { cache: 'no-store', headers: { accept: 'application/graphql-response+json, application/json' } }));
};

/**
 * A query with credentials (the reader's JWT or the preview token), as a POST with a JSON body:
 * such requests must show they were preflighted (the API's CSRF rule), and are never cached.
 */
export const privateQuery = async <R, V>(document: TypedDocumentString<R, V>, variables: V, headers: Record<string, string>): Promise<R> =>
  unwrap<R>(
    await fetch(API_URL, {
      method: 'POST',
      cache: 'no-store',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
      body: JSON.stringify({ query: document.toString(), variables }),
    })
  );
