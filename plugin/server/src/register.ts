import type { Core } from '@strapi/strapi';
import { registerComponents } from './components';
import { documentRules } from './document-rules';
import { webhookDocumentMiddleware } from './webhooks/document-middleware';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  registerComponents(strapi);
  strapi.documents.use(documentRules(strapi));
  strapi.documents.use(webhookDocumentMiddleware(strapi));
};
