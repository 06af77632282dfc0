import { requireSecret } from '../src/env/secrets';

export default ({ env }) => ({
  showrunner: { enabled: true, resolve: './src/plugins/showrunner' },
  'users-permissions': { config: { jwtSecret: requireSecret(env, 'JWT_SECRET') } },
  i18n: { enabled: true },
});
