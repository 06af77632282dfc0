import type { Core } from '@strapi/strapi';
import { changeFeedMiddleware } from './changes/document-middleware';
import { registerComponents } from './components';
import { documentRules } from './document-rules';
import { getService } from './get-service';
import { addReadPathIndexes } from './host/indexes';
import { placeGraphQLMiddleware } from './host/middlewares';
import { configurePreview } from './host/preview';
import { refuseDevelopmentSecrets } from './host/secrets';
import { serializeStartup } from './host/startup-lock';
import { restrictUploads } from './host/uploads';
import { addReaderIndexes } from './readers/indexes';
import { webhookDocumentMiddleware } from './webhooks/document-middleware';

export default ({ strapi }: { strapi: Core.Strapi }) => {
  refuseDevelopmentSecrets(strapi);
  serializeStartup(strapi);
  registerComponents(strapi);
  placeGraphQLMiddleware(strapi);
  configurePreview(strapi);
  restrictUploads(strapi);
  strapi.documents.use(changeFeedMiddleware(strapi));
  strapi.documents.use(documentRules(strapi));
  strapi.documents.use(webhookDocumentMiddleware(strapi));
  strapi.hook('strapi::content-types.beforeSync').register(() => addReadPathIndexes(strapi));
  strapi.hook('strapi::content-types.beforeSync').register(() => addReaderIndexes(strapi));
  getService(strapi, 'accounts').register();
};
