import { parseArgs } from 'node:util';
import { DEFAULT_SIZE, type CatalogSize } from './catalog/synthetic';

export interface BenchOptions {
  size: CatalogSize;
  load: { durationSeconds: number; warmupSeconds: number; rounds: number; connections: number };
  profile: boolean;
  /** The same targets again on PostgreSQL, with the catalog copied from the SQLite file; rounds of its own. */
  postgres: boolean;
  postgresRounds: number;
  scaling: null | { catalogSeries: number[]; credits: number[]; seedBudgetMinutes: number; rounds: number };
  comparison: boolean;
  build: boolean;
  reseed: boolean;
  staleCatalog: boolean;
}

export const USAGE = `npm run bench -- [flags]

Catalog (default 100 series x (4 seasons, 40 credits, 20 articles); seeded once through the
Document Service, then reused from bench/.cache):
  --series N  --seasons N  --credits N  --articles N

Load (autocannon in its own process; targets interleaved, median of the rounds):
  --duration S      seconds per measured run (default 6)
  --warmup S        seconds of unmeasured load before each run (default 2)
  --rounds N        rounds over all targets (default 5)
  --connections N   concurrent connections (default 10)
  --no-profile      skip the CPU profiles (uncached series page, full Ballard page)

PostgreSQL (127.0.0.1:5432, trust auth, or BENCH_POSTGRES_URL; the bench creates and drops a
database showrunner_bench_<pid> and copies the cached SQLite catalog into it):
  --no-postgres       SQLite only
  --postgres-rounds N rounds on PostgreSQL (default 3)

Scaling (long; not part of the default run):
  --scaling                 also measure 1 series with 10/100/1,000 credits and catalogs of
                            100/1,000/10,000 series
  --scaling-only            only the scaling measurements
  --scaling-series a,b,c    catalog sizes (default 100,1000,10000)
  --scaling-credits a,b,c   credits on one series (default 10,100,1000)
  --scaling-rounds N        rounds interleaving the steps, median per cell (default 3)
  --seed-budget M           minutes a catalog may take to seed through the Document Service
                            (default 20); a bigger one is made from copies of the seeded
                            100-series catalog and verified, or skipped if it is no multiple
                            of 100; the report gives the measured rate and the estimate

Other:
  --skip-build      do not compile the app first
  --reseed          seed again even when bench/.cache has the catalog
  --stale-catalog   when the inputs a catalog is keyed by changed (content model, seeding code),
                    reuse the newest cached catalog of the size instead of seeding again; Strapi
                    syncs the schema on boot, and the report says the catalog is stale
  --report-from F   write the report again from a run's raw JSON (bench/results/raw/comparison-*.json)
`;

const list = (value: string) => value.split(',').map((item) => Number(item.replace(/_/g, '')));

export const parseOptions = (argv: string[]): BenchOptions | null => {
  const { values } = parseArgs({
    args: argv,
    options: {
      series: { type: 'string' },
      seasons: { type: 'string' },
      credits: { type: 'string' },
      articles: { type: 'string' },
      duration: { type: 'string', default: '6' },
      warmup: { type: 'string', default: '2' },
      rounds: { type: 'string', default: '5' },
      connections: { type: 'string', default: '10' },
      'no-profile': { type: 'boolean', default: false },
      'no-postgres': { type: 'boolean', default: false },
      'postgres-rounds': { type: 'string', default: '3' },
      scaling: { type: 'boolean', default: false },
      'scaling-only': { type: 'boolean', default: false },
      'scaling-series': { type: 'string', default: '100,1000,10000' },
      'scaling-credits': { type: 'string', default: '10,100,1000' },
      'scaling-rounds': { type: 'string', default: '3' },
      'seed-budget': { type: 'string', default: '20' },
      'skip-build': { type: 'boolean', default: false },
      reseed: { type: 'boolean', default: false },
      'stale-catalog': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  const number = (value: string | undefined, fallback: number) => (value === undefined ? fallback : Number(value));
  const size: CatalogSize = {
    series: number(values.series, DEFAULT_SIZE.series),
    seasons: number(values.seasons, DEFAULT_SIZE.seasons),
    credits: number(values.credits, DEFAULT_SIZE.credits as number),
    articles: number(values.articles, DEFAULT_SIZE.articles),
  };
  const options: BenchOptions = {
    size,
    load: {
      durationSeconds: Number(values.duration),
      warmupSeconds: Number(values.warmup),
      rounds: Number(values.rounds),
      connections: Number(values.connections),
    },
    profile: !values['no-profile'],
    postgres: !values['no-postgres'],
    postgresRounds: Math.min(Number(values['postgres-rounds']), Number(values.rounds)),
    scaling:
      values.scaling || values['scaling-only']
        ? {
            catalogSeries: list(values['scaling-series']!),
            credits: list(values['scaling-credits']!),
            seedBudgetMinutes: Number(values['seed-budget']),
            rounds: Math.max(1, Number(values['scaling-rounds'])),
          }
        : null,
    comparison: !values['scaling-only'],
    build: !values['skip-build'],
    reseed: values.reseed!,
    staleCatalog: values['stale-catalog']!,
  };
  const numbers = [size.series, size.seasons, size.credits as number, size.articles, ...Object.values(options.load), options.postgresRounds];
  if (numbers.some((n) => !Number.isInteger(n) || n < 0) || size.series < 1 || options.load.rounds < 1 || options.postgresRounds < 1) {
    throw new Error('Sizes, seconds, rounds and connections must be whole numbers; at least 1 series and 1 round.');
  }
  return options;
};
