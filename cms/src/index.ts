import type { Core } from '@strapi/strapi';
import { mountGraphQL } from '@showrunner/graphql';

export default {
  register() {},
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await mountGraphQL(strapi);
  },
};
