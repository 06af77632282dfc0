import { GraphQLError } from 'graphql';
import type { GraphQLContext } from '../context';
import type { Outcome } from '../readers/ports';
import type { AlertPorts, RetryLater } from './ports';

export class AlertsUnavailableError extends GraphQLError {
  constructor() {
    super('E-mail alerts are not offered by this server.', { extensions: { code: 'NOT_AVAILABLE' } });
  }
}

/** Too many alert requests from this address or IP; `retryAfter` in seconds (answered 429 when nothing else was asked). */
export class AlertRateLimitedError extends GraphQLError {
  constructor(retryAfter: number) {
    super(`Too many e-mail alert requests; retry in ${retryAfter} s.`, { extensions: { code: 'RATE_LIMITED', retryAfter, action: 'emailAlerts' } });
  }
}

export const alertsOf = (ctx: Pick<GraphQLContext, 'alerts'>): AlertPorts => {
  if (!ctx.alerts) throw new AlertsUnavailableError();
  return ctx.alerts;
};

/** The outcome, or RATE_LIMITED thrown when a limit said to wait. */
export const settle = <T>(result: Outcome<T> | RetryLater): Outcome<T> => {
  if ('retryAfter' in result) throw new AlertRateLimitedError(result.retryAfter);
  return result;
};
