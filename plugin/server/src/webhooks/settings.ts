import type { ShowrunnerSettings } from '../config/settings';

/** The webhook part of the plugin's settings (config/settings.ts reads and validates them). */
export type WebhookSettings = ShowrunnerSettings['webhooks'];
export type { ConfiguredEndpoint } from '../config/settings';

/**
 * How long a claimed delivery stays reserved for one process. It must outlast the request
 * (timeout) with room to record the outcome; after a crash another process takes over once it expires.
 */
export const leaseMs = (settings: Pick<WebhookSettings, 'timeoutMs'>) => 2 * settings.timeoutMs + 5_000;
