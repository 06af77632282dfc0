// The benchmark's host is the demo host plus bench-only extensions (src/) and @strapi/plugin-graphql.
module.exports = require('../../../cms/dist/config/database.js');
