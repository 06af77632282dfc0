// The demo host's plugins, plus Strapi's own GraphQL API on its own path as the benchmark's baseline.
const host = require('../../../cms/dist/config/plugins.js');

module.exports = (context) => ({
  ...(host.default ?? host)(context),
  graphql: {
    enabled: true,
    isModule: true,
    resolve: require.resolve('@strapi/plugin-graphql/package.json'),
    config: { endpoint: '/strapi-graphql', defaultLimit: 25, maxLimit: 100, depthLimit: 10, landingPage: false },
  },
});
