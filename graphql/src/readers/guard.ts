import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context';
import type { LimitedAction, Viewer } from './ports';

/**
 * A viewer-only field without a viewer. Thrown from resolvers without an HTTP status: the
 * refusal plugin (readers/refusal-status.ts) makes it a 401 when it refused the whole response.
 */
export class ViewerRequiredError extends GraphQLError {
  constructor() {
    super('Sign in first: send "Authorization: Bearer <token>" with a token from POST /api/auth/local.', { extensions: { code: 'UNAUTHENTICATED' } });
  }
}

/** A reader's budget for one action is spent; `retryAfter` in seconds. */
export class ReaderRateLimitedError extends GraphQLError {
  constructor(action: LimitedAction, retryAfter: number) {
    super(`Too many ${action} actions; retry in ${retryAfter} s.`, { extensions: { code: 'RATE_LIMITED', retryAfter, action } });
  }
}

export const requireViewer = (ctx: Pick<GraphQLContext, 'viewer'>): Viewer => {
  if (!ctx.viewer) throw new ViewerRequiredError();
  return ctx.viewer;
};

/**
 * The viewer of a mutation field, after spending one unit of its budget: counted per field, so
 * aliases of one mutation in one request each spend.
 */
export const spendAs = async (ctx: Pick<GraphQLContext, 'viewer' | 'readers'>, action: LimitedAction): Promise<Viewer> => {
  const viewer = requireViewer(ctx);
  const retryAfter = await ctx.readers.spend(viewer, action);
  if (retryAfter !== null) throw new ReaderRateLimitedError(action, retryAfter);
  return viewer;
};
