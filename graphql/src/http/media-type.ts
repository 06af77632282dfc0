import type { ApolloServerPlugin } from '@apollo/server';
import { REQUEST_ERROR_CODES } from '../errors';

export const JSON_MEDIA_TYPE = 'application/json; charset=utf-8';
export const GRAPHQL_RESPONSE_MEDIA_TYPE = 'application/graphql-response+json; charset=utf-8';
const CANDIDATES = [JSON_MEDIA_TYPE, GRAPHQL_RESPONSE_MEDIA_TYPE];

const parseAccept = (accept: string) =>
  accept.split(',').map((part, order) => {
    const [range = '', ...params] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const q = params.find((param) => param.startsWith('q='));
    return { range, q: q === undefined ? 1 : Number(q.slice(2)), order };
  });

/**
 * The response media type for an Accept header, chosen as Apollo Server chooses it (quality, then
 * the most specific range, then the client's order; application/json on a tie or without Accept),
 * or null when the client accepts neither. The fast path answers with the same choice.
 */
export const negotiateMediaType = (accept: string | undefined): string | null => {
  if (!accept?.trim()) return JSON_MEDIA_TYPE;
  const ranges = parseAccept(accept);
  const scored = CANDIDATES.map((type, index) => {
    const essence = type.split(';')[0];
    const specificity = (range: string) => (range === essence ? 2 : range === 'application/*' ? 1 : range === '*/*' ? 0 : -1);
    const match = ranges
      .filter(({ range }) => specificity(range) >= 0)
      .sort((a, b) => specificity(b.range) - specificity(a.range) || b.q - a.q || a.order - b.order)[0];
    return match && match.q > 0 ? { type, q: match.q, specificity: specificity(match.range), order: match.order, index } : null;
  }).filter((score) => score !== null);
  scored.sort((a, b) => b.q - a.q || b.specificity - a.specificity || a.order - b.order || a.index - b.index);
  return scored[0]?.type ?? null;
};

/**
 * GraphQL over HTTP: the negotiated content type on every single result, and status 200 for a
 * request error (parse, validation, variables) when the client accepts only application/json,
 * which has no other way to tell a GraphQL error from a failed HTTP request.
 * application/graphql-response+json keeps the 400.
 */
export const mediaTypePlugin = (): ApolloServerPlugin => ({
  async requestDidStart({ request }) {
    const mediaType = negotiateMediaType(request.http?.headers.get('accept'));
    if (!mediaType) return;
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== 'single') return;
        response.http.headers.set('content-type', mediaType);
        const { errors, data } = response.body.singleResult;
        const requestError = data === undefined && errors?.length && errors.every((error) => REQUEST_ERROR_CODES.has(error.extensions?.code as string));
        if (mediaType === JSON_MEDIA_TYPE && response.http.status === 400 && requestError) response.http.status = 200;
      },
    };
  },
});
