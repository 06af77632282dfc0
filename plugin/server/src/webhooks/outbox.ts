import type { Core } from '@strapi/strapi';
import { matchesFilter } from './catalogue';
import type { DerivedEvent } from './derive';
import { newMessageId } from './signing';
import { WEBHOOK_UID } from './uids';

export interface Subject {
  contentType: string;
  documentId: string;
}

type Row = Record<string, any>;

/**
 * Writes events and their deliveries with the caller's transaction, so they commit or roll back
 * with the content change. Deliveries go to the endpoints enabled at that moment: an endpoint
 * added later does not receive the past (in particular not the demo content of a first start).
 */
export const createOutbox = (strapi: Core.Strapi) => {
  const events = () => strapi.db.query(WEBHOOK_UID.event);
  const deliveries = () => strapi.db.query(WEBHOOK_UID.delivery);

  const addDelivery = (event: Row, endpoint: Row, extra: Record<string, unknown> = {}) => {
    const now = new Date();
    return deliveries().create({
      data: {
        event: event.id,
        endpoint: endpoint.id,
        eventType: event.eventType,
        targetUrl: endpoint.targetUrl,
        messageId: event.messageId,
        endpointKey: endpoint.documentId,
        // Deliveries of one document to one endpoint are ordered by this key (see claimDeliveries).
        subjectKey: `${event.subjectType}:${event.subjectDocumentId}`,
        state: 'pending',
        attemptCount: 0,
        nextAttemptAt: now,
        publishedAt: now,
        ...extra,
      },
    });
  };

  return {
    async history(documentId: string): Promise<Set<string>> {
      const rows = await events().findMany({ where: { subjectDocumentId: documentId }, select: ['eventType'] });
      return new Set(rows.map((row: Row) => row.eventType));
    },

    /** Returns how many deliveries were queued, so the caller knows whether to wake the dispatcher. */
    async record(subject: Subject, derived: DerivedEvent[]) {
      const endpoints = await strapi.db.query(WEBHOOK_UID.endpoint).findMany({ where: { enabled: true } });
      const occurredAt = new Date();
      let queued = 0;
      for (const { type, locale, data } of derived) {
        const payload = JSON.stringify({ type, timestamp: occurredAt.toISOString(), data });
        const event = await events().create({
          data: {
            eventType: type,
            messageId: newMessageId(),
            subjectType: subject.contentType,
            subjectDocumentId: subject.documentId,
            subjectLocale: locale,
            occurredAt,
            payload,
            publishedAt: occurredAt,
          },
        });
        for (const endpoint of endpoints.filter((candidate: Row) => matchesFilter(type, candidate.events))) {
          await addDelivery(event, endpoint);
          queued += 1;
        }
      }
      return queued;
    },

    /** A replay is the same message (same webhook-id, same body) sent again as a new delivery with its own log. */
    async replay(deliveryDocumentId: string) {
      const original = await deliveries().findOne({ where: { documentId: deliveryDocumentId }, populate: { event: true, endpoint: true } });
      if (!original?.event || !original.endpoint) return { error: 'not_found' as const };
      if (!original.endpoint.enabled) return { error: 'endpoint_disabled' as const };
      const replay = await addDelivery(original.event, original.endpoint, { replayOf: deliveryDocumentId });
      return { delivery: { documentId: replay.documentId as string, messageId: original.event.messageId as string } };
    },
  };
};
