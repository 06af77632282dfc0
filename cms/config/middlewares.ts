export default [
  'strapi::errors',
  'strapi::security',
  'strapi::cors',
  // Before the logger and the body parser: GraphQL parses its own body and logs its own errors.
  'global::graphql',
  'strapi::logger',
  'strapi::poweredBy',
  'strapi::query',
  {
    name: 'strapi::body',
    config: { formidable: { maxFileSize: Number(process.env.SHOWRUNNER_UPLOAD_MAX_BYTES ?? 10 * 1024 * 1024) } },
  },
  'strapi::session',
  'strapi::favicon',
  'strapi::public',
];
