import accounts from './accounts/middleware';
import alertController from './notifications/alerts/controller';
import alertRoutes from './notifications/alerts/routes';
import bootstrap from './bootstrap';
import deliveryLogController from './notifications/delivery-log/controller';
import deliveryLogRoutes from './notifications/delivery-log/routes';
import config from './config';
import contentTypes from './content-types';
import destroy from './destroy';
import graphql from './graphql/middleware';
import moderationController from './readers/controller';
import moderationRoutes from './readers/routes';
import register from './register';
import services from './services';
import webhookController from './webhooks/controller';
import webhookRoutes from './webhooks/routes';

export default () => ({
  register,
  bootstrap,
  destroy,
  config,
  contentTypes,
  services,
  middlewares: { graphql, accounts },
  routes: { webhooks: webhookRoutes, moderation: moderationRoutes, 'email-alerts': alertRoutes, 'delivery-log': deliveryLogRoutes },
  controllers: { webhooks: webhookController, moderation: moderationController, 'email-alerts': alertController, 'delivery-log': deliveryLogController },
});
