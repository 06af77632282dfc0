import type { OtherGoals } from './comparison-report';

/** Issue 11, item 5: not a load measurement but a test that npm test runs on PostgreSQL. */
export const SCALE_OUT_GOALS: OtherGoals = {
  measuredAt: 'every `npm test` with PostgreSQL',
  how: 'tests/api/scale-out.test.ts',
  goals: [
    {
      goal: 'three instances started at the same moment on one empty PostgreSQL database all come up',
      measured:
        'all three serve the Ballard page, the demo content exists once, an edit published through one is fresh on the others (Redis invalidation); schema sync and the bootstraps that create rows run under a PostgreSQL advisory lock',
      pass: true,
    },
  ],
};
