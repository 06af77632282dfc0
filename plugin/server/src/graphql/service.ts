import type { Core } from '@strapi/strapi';
import { createGraphQLMount, type GraphQLMount, type GraphQLSettings } from '@showrunner/graphql';
import { getSettings } from '../config/get-settings';
import { getService } from '../get-service';
import { createReaderPorts } from '../readers/ports';

/** The GraphQL layer's settings, from the plugin's. */
export const graphqlSettings = (strapi: Core.Strapi): GraphQLSettings => {
  const { graphql, redisUrl } = getSettings(strapi);
  return { ...graphql, redisUrl, production: process.env.NODE_ENV === 'production' };
};

/** Apollo Server for /graphql, started once when Strapi builds its middleware chain, stopped on destroy. */
export default ({ strapi }: { strapi: Core.Strapi }) => {
  let mount: Promise<GraphQLMount> | null = null;
  return {
    mount() {
      mount ??= createGraphQLMount(strapi, graphqlSettings(strapi), {
        readers: createReaderPorts(strapi),
        alerts: getService(strapi, 'email-alerts').ports(),
      });
      return mount;
    },
    async stop() {
      await (await mount)?.stop();
      mount = null;
    },
  };
};
