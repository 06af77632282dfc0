import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { invalidFilterEntries } from './catalogue';
import { createSecretStore } from './secrets';
import type { ConfiguredEndpoint } from './settings';
import { generateSecret, secretHint } from './signing';
import { WEBHOOK_UID } from './uids';

const REMOVED_FROM_CONFIG = 'Nicht mehr in SHOWRUNNER_WEBHOOKS konfiguriert';

/** Fields only the server writes; whatever an editor or API client sends for them is dropped. */
const SERVER_OWNED = ['secret', 'secretHint', 'source'];

const invalid = (field: string, message: string): never => {
  throw new errors.ValidationError(message, { errors: [{ path: [field], message, name: 'ValidationError', value: null }] });
};

/** Checks what an editor submits for an endpoint and drops what only the server may set. */
export const prepareEndpointData = (data: Record<string, unknown>) => {
  const prepared = Object.fromEntries(Object.entries(data).filter(([key]) => !SERVER_OWNED.includes(key)));
  const unknown = invalidFilterEntries(prepared.events);
  if (unknown.length) {
    invalid('events', `Unbekannte Ereignistypen: ${unknown.join(', ')}. Erlaubt: eine Liste wie ["article.*", "series.renewed"], leer für alle.`);
  }
  if (typeof prepared.targetUrl === 'string') {
    try {
      const url = new URL(prepared.targetUrl);
      if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error();
    } catch {
      invalid('targetUrl', 'Bitte eine vollständige http(s)-Adresse angeben, z. B. https://example.com/hooks/showrunner.');
    }
  }
  return prepared;
};

export const createEndpoints = (strapi: Core.Strapi) => {
  const endpoints = () => strapi.db.query(WEBHOOK_UID.endpoint);
  const secrets = createSecretStore(strapi);

  return {
    /**
     * Makes the endpoint rows match SHOWRUNNER_WEBHOOKS: secrets and filters follow the
     * configuration on every start; whether an endpoint is enabled stays an editor's (or a 410's) decision.
     */
    async syncConfigured(configured: ConfiguredEndpoint[]) {
      await strapi.db.transaction(async ({ trx }) => {
        // Several processes starting at once would each create the same configured endpoint.
        if (strapi.db.dialect.client === 'postgres') await trx.raw("select pg_advisory_xact_lock(hashtext('showrunner.webhooks.config'))");
        const existing = await endpoints().findMany({ where: { source: 'config' } });
        for (const { url, secret, events } of configured) {
          let row = existing.find((candidate: Record<string, any>) => candidate.targetUrl === url);
          if (!row) {
            row = await endpoints().create({
              data: {
                name: new URL(url).host,
                targetUrl: url,
                events,
                secretHint: secretHint(secret),
                enabled: true,
                source: 'config',
                publishedAt: new Date(),
              },
            });
          } else {
            const reenable = !row.enabled && row.disabledReason === REMOVED_FROM_CONFIG ? { enabled: true, disabledReason: null } : {};
            await endpoints().update({ where: { id: row.id }, data: { events, secretHint: secretHint(secret), ...reenable } });
          }
          await secrets.set(row.documentId, secret);
        }
        const urls = new Set(configured.map(({ url }) => url));
        for (const row of existing.filter((candidate: Record<string, any>) => !urls.has(candidate.targetUrl) && candidate.enabled)) {
          await endpoints().update({ where: { id: row.id }, data: { enabled: false, disabledReason: REMOVED_FROM_CONFIG } });
        }
      });
    },

    /** Stores the first secret of an endpoint created in the admin, in the transaction that creates it. */
    storeSecret: (endpointDocumentId: string, secret: string) => secrets.set(endpointDocumentId, secret),

    /** Returns the new secret: the only time it is shown. Configured endpoints take theirs from the environment. */
    async rotateSecret(documentId: string) {
      const row = await endpoints().findOne({ where: { documentId } });
      if (!row) return { error: 'not_found' as const };
      if (row.source === 'config') return { error: 'configured' as const };
      const secret = generateSecret();
      const previousValidUntil = await strapi.db.transaction(async () => {
        const until = await secrets.set(documentId, secret, { rotate: true });
        await endpoints().update({ where: { id: row.id }, data: { secretHint: secretHint(secret) } });
        return until;
      });
      return { secret, previousSecretValidUntil: previousValidUntil?.toISOString() ?? null };
    },

    removeSecrets: (endpointDocumentId: string) => secrets.remove(endpointDocumentId),
  };
};
