import type { Core } from '@strapi/strapi';

// Benchmark-only routes, permissions and SQL counting (bench/README.md), required only in bench mode.
const bench = (): (typeof import('./bench'))['default'] | null =>
  process.env.SHOWRUNNER_BENCH === 'true' ? require('./bench').default : null;

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    bench()?.register(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bench()?.bootstrap(strapi);
  },
};
