import bootstrap from './bootstrap';
import contentTypes from './content-types';
import destroy from './destroy';
import register from './register';
import services from './services';
import webhookController from './webhooks/controller';
import webhookRoutes from './webhooks/routes';

export default () => ({
  register,
  bootstrap,
  destroy,
  contentTypes,
  services,
  routes: { webhooks: webhookRoutes },
  controllers: { webhooks: webhookController },
});
