/**
 * The demo host enables Showrunner and nothing else of its own. Every Showrunner setting can be
 * given here under `showrunner.config` (see README.md, "Configuration"); the environment
 * variables listed there are the defaults, e.g.
 *   showrunner: { enabled: true, config: { graphql: { maxPageSize: 50 }, demoContent: true } },
 */
export default ({ env }) => ({
  showrunner: { enabled: true },
  'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } },
  i18n: { enabled: true },
});
