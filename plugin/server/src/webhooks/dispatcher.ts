import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Core } from '@strapi/strapi';
import { createAttempts } from './attempt';
import { claimDeliveries } from './claim';
import { leaseMs, type WebhookSettings } from './settings';

/**
 * Delivers what the outbox holds: woken when a write commits, and polling for retries that come
 * due and for work another process committed. Up to `concurrency` requests run at once; each
 * finished one makes room for the next claim.
 */
export const createDispatcher = (strapi: Core.Strapi, settings: WebhookSettings) => {
  const owner = `${os.hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  const attempt = createAttempts(strapi, settings, owner);
  const active = new Set<Promise<void>>();
  let timer: NodeJS.Timeout | null = null;
  let running = false;
  let pumping: Promise<void> | null = null;
  let again = false;

  const run = (id: number) => {
    const task: Promise<void> = attempt(id)
      .catch((error) => {
        strapi.log.error(`[showrunner] Webhook delivery ${id} failed unexpectedly: ${error?.stack ?? error}`);
      })
      .finally(() => {
        active.delete(task);
        void pump();
      });
    active.add(task);
  };

  const pump = (): Promise<void> => {
    if (!running) return Promise.resolve();
    if (pumping) {
      again = true;
      return pumping;
    }
    pumping = claimWhileFree().finally(() => {
      pumping = null;
      // A wake that came in after the last claim must not wait for the next poll.
      if (again && running) void pump();
    });
    return pumping;
  };

  const claimWhileFree = async () => {
    try {
      do {
        again = false;
        const free = settings.concurrency - active.size;
        if (free <= 0) break;
        const ids = await claimDeliveries(strapi, { owner, limit: free, leaseMs: leaseMs(settings) });
        ids.forEach(run);
        if (ids.length === free) again = true;
      } while (again && running);
    } catch (error) {
      // The database may be briefly unavailable; the next poll tries again.
      if (running) strapi.log.error(`[showrunner] Webhook dispatcher: ${(error as Error)?.message ?? error}`);
    }
  };

  return {
    owner,
    wake: () => void pump(),
    start() {
      if (running) return;
      running = true;
      timer = setInterval(() => void pump(), settings.pollMs);
      timer.unref();
      void pump();
    },
    /** Lets requests in flight finish (each is bounded by the timeout) so their outcome is recorded. */
    async stop() {
      running = false;
      if (timer) clearInterval(timer);
      timer = null;
      await pumping;
      await Promise.allSettled([...active]);
    },
  };
};
