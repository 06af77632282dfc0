import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { documentRules } from './document-rules';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.documents.use(documentRules(strapi));
};
