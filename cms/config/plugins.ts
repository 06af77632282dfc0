import { requireSecret } from '../src/env/secrets';

export default ({ env }) => ({
  showrunner: { enabled: true, resolve: './src/plugins/showrunner' },
  'users-permissions': { config: { jwtSecret: requireSecret(env, 'JWT_SECRET') } },
  i18n: { enabled: true },
  // Editors upload photos; nothing else, and nothing a browser would run (no SVG, no HTML).
  upload: {
    config: {
      sizeLimit: env.int('SHOWRUNNER_UPLOAD_MAX_BYTES', 10 * 1024 * 1024),
      security: {
        allowedTypes: ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'],
        deniedTypes: ['image/svg+xml', 'text/html', 'application/javascript', 'application/x-msdownload'],
      },
    },
  },
  // Strapi's own GraphQL API, only as the benchmark's baseline (`npm run bench`), on its own path.
  ...(env.bool('SHOWRUNNER_BENCH_STRAPI_GRAPHQL', false) && {
    graphql: {
      enabled: true,
      isModule: true,
      resolve: require.resolve('@strapi/plugin-graphql/package.json'),
      config: { endpoint: '/strapi-graphql', defaultLimit: 25, maxLimit: 100, depthLimit: 10, landingPage: false },
    },
  }),
});
