/**
 * Strapi's middleware chain. The Showrunner plugin inserts its GraphQL middleware itself (after
 * errors, security and CORS); the logger comes after it here so cached answers skip its cost.
 */
export default [
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  'strapi::logger',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
