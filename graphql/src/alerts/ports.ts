import type { Outcome } from '../readers/ports';

/** The request an anonymous mutation comes with: limits count per client IP, and consent records it. */
export interface RequestOrigin {
  ip: string;
}

/** A limit was reached; the caller answers RATE_LIMITED with this retry time in seconds. */
export interface RetryLater {
  retryAfter: number;
}

/**
 * E-mail alerts without an account (plugin/server/src/notifications/alerts). Anonymous: nothing
 * here needs a viewer, and no answer says whether an address is already subscribed.
 */
export interface AlertPorts {
  /** Stores a pending subscription and mails the opt-in link; `series` are slugs, `kinds` default to ['broadcast']. */
  subscribeEmailAlerts(
    input: { email: string; series: string[]; kinds?: string[] | null },
    origin: RequestOrigin
  ): Promise<Outcome<{ accepted: true }> | RetryLater>;
  /** Activates the subscription of the opt-in link's token; the value names the series (documentIds). */
  confirmEmailAlerts(input: { token: string }, origin: RequestOrigin): Promise<Outcome<{ confirmed: true; series: string[] }> | RetryLater>;
}
