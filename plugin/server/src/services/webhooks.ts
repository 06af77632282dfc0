import type { Core } from '@strapi/strapi';
import { createDispatcher } from '../webhooks/dispatcher';
import { createEndpoints } from '../webhooks/endpoints';
import { createOutbox } from '../webhooks/outbox';
import { getSettings } from '../config/get-settings';

/** The webhook machinery as the rest of the plugin sees it: lifecycle, waking, and the two admin actions. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  const settings = getSettings(strapi).webhooks;
  const dispatcher = createDispatcher(strapi, settings);
  const endpoints = createEndpoints(strapi);
  const outbox = createOutbox(strapi);

  return {
    settings,

    /** Runs last in bootstrap: endpoints declared in configuration exist only from then on, after the demo content. */
    async start() {
      await endpoints.syncConfigured(settings.endpoints);
      if (settings.dispatcher) dispatcher.start();
      else strapi.log.info('[showrunner] Webhook dispatcher is off (webhooks.dispatcher, SHOWRUNNER_WEBHOOKS_DISPATCHER); events stay in the outbox.');
    },

    stop: () => dispatcher.stop(),

    wake: () => dispatcher.wake(),

    rotateSecret: (endpointDocumentId: string) => endpoints.rotateSecret(endpointDocumentId),

    async replay(deliveryDocumentId: string) {
      const result = await outbox.replay(deliveryDocumentId);
      if ('delivery' in result) dispatcher.wake();
      return result;
    },
  };
};
