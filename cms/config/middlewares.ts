export default [
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  // Before the logger and the body parser: GraphQL parses its own body and logs its own errors.
  'global::graphql',
  'strapi::logger',
  'strapi::poweredBy',
  'strapi::query',
  'strapi::body',
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
