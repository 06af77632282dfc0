import type { ApolloServerPlugin } from '@apollo/server';
import { PreflightRequiredError } from '../errors';
import { carriesCredentials } from './credentials';

/** What a browser sends cross-site without asking first (a "simple" request), besides GET. */
const SIMPLE_CONTENT_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];
const PREFLIGHT_HEADERS = ['apollo-require-preflight', 'x-apollo-operation-name'];

/** A browser could have sent this cross-site only after a CORS preflight the server agreed to. */
const preflighted = (header: (name: string) => string | undefined) => {
  const contentType = header('content-type')?.split(';')[0].trim().toLowerCase();
  if (contentType && !SIMPLE_CONTENT_TYPES.includes(contentType)) return true;
  return PREFLIGHT_HEADERS.some((name) => !!header(name));
};

/** A request with credentials that a browser could have sent cross-site unasked: refused before it runs. */
export const needsPreflight = (header: (name: string) => string | undefined) => carriesCredentials(header) && !preflighted(header);

/**
 * CSRF prevention for requests that carry credentials, in place of Apollo's `csrfPrevention`,
 * which also refuses anonymous GETs of public data (a link, a CDN, a crawler). Why that is safe:
 * README, "Public GET queries and CSRF". The check comes before execution; what runs earlier
 * (parsing, the preview-token lookup in the context) reads and changes nothing.
 */
export const csrfPrevention = (): ApolloServerPlugin => ({
  async requestDidStart({ request }) {
    const headers = request.http?.headers;
    if (!headers || !needsPreflight((name) => headers.get(name))) return;
    return {
      async didResolveOperation() {
        throw new PreflightRequiredError();
      },
    };
  },
});
