import type { Core } from '@strapi/strapi';
import { cpuProfileEndpoint } from './cpu-profile';
import { grantPublicRead } from './public-access';
import { BENCH_TYPES, registerRestRoutes } from './rest-routes';
import { meterSql } from './sql-meter';

/**
 * Benchmark mode (SHOWRUNNER_BENCH=true, set by `npm run bench` only): REST routes for the plugin's
 * types, public read access to them for REST and @strapi/plugin-graphql, per-request SQL metering
 * and a CPU profile endpoint.
 */
export default {
  register(strapi: Core.Strapi) {
    registerRestRoutes(strapi);
    strapi.server.use(meterSql(strapi));
    strapi.server.use(cpuProfileEndpoint());
  },
  bootstrap: (strapi: Core.Strapi) => grantPublicRead(strapi, BENCH_TYPES),
};
