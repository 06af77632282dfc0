import type { Core } from '@strapi/strapi';
import { cpuProfileEndpoint } from './cpu-profile';
import { grantPublicRead } from './public-access';
import { BENCH_TYPES, registerRestRoutes } from './rest-routes';
import { meterSql } from './sql-meter';

/**
 * The benchmark host's own register and bootstrap (bench/server/bench-host.ts): REST routes for the
 * plugin's types, public read access to them for REST and @strapi/plugin-graphql, per-request SQL
 * metering and a CPU profile endpoint. None of this is in the product or the demo host.
 */
export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    registerRestRoutes(strapi);
    strapi.server.use(meterSql(strapi));
    strapi.server.use(cpuProfileEndpoint());
  },
  bootstrap: ({ strapi }: { strapi: Core.Strapi }) => grantPublicRead(strapi, BENCH_TYPES),
};
