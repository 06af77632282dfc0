import type { Core } from '@strapi/strapi';
import { nextAttemptDelay, parseRetryAfter } from './backoff';
import { send, type SendResult } from './http-sender';
import { createSecretStore } from './secrets';
import type { WebhookSettings } from './settings';
import { signedHeaders } from './signing';
import { WEBHOOK_UID } from './uids';

const summarize = (number: number, result: SendResult) =>
  `#${number} ${result.statusCode ? `HTTP ${result.statusCode}` : result.outcome} in ${result.durationMs} ms`;

/**
 * Makes one attempt at a leased delivery and records it. Every write is conditional on still
 * holding the lease and on the delivery still pending, so a process that lost its lease (or a
 * delivery cancelled meanwhile by a 410) never overwrites what happened since.
 */
export const createAttempts = (strapi: Core.Strapi, settings: WebhookSettings, owner: string) => {
  const deliveries = strapi.db.query(WEBHOOK_UID.delivery);
  const secrets = createSecretStore(strapi);

  const settle = (id: number, data: Record<string, unknown>) =>
    deliveries.updateMany({ where: { id, leaseOwner: owner, state: 'pending' }, data: { ...data, leaseOwner: null, leaseUntil: null } });

  const disableEndpoint = async (endpoint: Record<string, any>, reason: string) => {
    await strapi.db.query(WEBHOOK_UID.endpoint).update({ where: { id: endpoint.id }, data: { enabled: false, disabledReason: reason } });
    await deliveries.updateMany({
      where: { endpointKey: endpoint.documentId, state: 'pending', leaseOwner: { $null: true } },
      data: { state: 'cancelled', lastError: reason },
    });
  };

  return async (id: number) => {
    const delivery = await deliveries.findOne({ where: { id }, populate: { event: true, endpoint: true } });
    if (!delivery || delivery.leaseOwner !== owner) return;
    const { event, endpoint } = delivery;
    const startedAt = new Date();
    const signing = endpoint ? await secrets.signingSecrets(endpoint.documentId, startedAt) : [];
    if (!event || !endpoint?.enabled || signing.length === 0) {
      await settle(id, { state: 'cancelled', lastError: endpoint?.enabled === false ? 'Endpunkt ist deaktiviert' : 'Endpunkt, Secret oder Ereignis gelöscht' });
      return;
    }

    const result = await send({
      url: endpoint.targetUrl,
      body: event.payload,
      headers: signedHeaders(signing, event.messageId, event.payload, startedAt),
      timeoutMs: settings.timeoutMs,
      allowPrivate: settings.allowPrivate,
    });
    const attemptNumber = (delivery.attemptCount ?? 0) + 1;
    const now = new Date();
    const gone = result.outcome === 'gone';

    await strapi.db.transaction(async () => {
      await strapi.db.query(WEBHOOK_UID.attempt).create({
        data: {
          summary: summarize(attemptNumber, result),
          delivery: id,
          attemptNumber,
          eventType: delivery.eventType,
          targetUrl: endpoint.targetUrl,
          messageId: event.messageId,
          startedAt,
          durationMs: result.durationMs,
          outcome: result.outcome,
          statusCode: result.statusCode,
          error: result.error?.slice(0, 255) ?? null,
          responseExcerpt: result.responseExcerpt,
          instance: owner,
          publishedAt: now,
        },
      });
      const common = { attemptCount: attemptNumber, lastStatusCode: result.statusCode, lastError: result.error?.slice(0, 255) ?? null };
      if (result.outcome === 'success') {
        await settle(id, { ...common, state: 'succeeded', deliveredAt: now, nextAttemptAt: null });
      } else if (gone) {
        const reason = `HTTP 410 Gone am ${now.toISOString()}: der Empfänger will keine Ereignisse mehr`;
        await settle(id, { ...common, state: 'cancelled', lastError: reason, nextAttemptAt: null });
        await disableEndpoint(endpoint, reason);
      } else if (attemptNumber >= settings.maxAttempts) {
        await settle(id, { ...common, state: 'failed', nextAttemptAt: null });
      } else {
        const delay = nextAttemptDelay(attemptNumber, settings, parseRetryAfter(result.retryAfter, now.getTime()));
        await settle(id, { ...common, nextAttemptAt: new Date(now.getTime() + delay) });
      }
    });
    if (gone) strapi.log.warn(`[showrunner] Webhook endpoint ${endpoint.targetUrl} answered 410 Gone and was disabled.`);
  };
};
