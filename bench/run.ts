import fs from 'node:fs';
import path from 'node:path';
import { buildServer } from '../scripts/lib/build';
import { ensureCatalog, ensureDemoLayer } from './catalog/catalog';
import { copyCatalogToPostgres, postgresReachable } from './catalog/postgres';
import { DEFAULT_SIZE } from './catalog/synthetic';
import { parseOptions, USAGE, type BenchOptions } from './options';
import { comparisonMarkdown, comparisonSvg, type OtherGoals, type ReportContext } from './report/comparison-report';
import { evaluateGoals } from './report/goals';
import { SCALE_OUT_GOALS } from './report/scale-out';
import { machineInfo } from './report/machine';
import { evaluateScalingGoals, scalingMarkdown, scalingSvg } from './report/scaling-report';
import { runComparison, type ComparisonResult } from './suites/comparison';
import { runScaling } from './suites/scaling';
import { RAW_DIR, RESULTS_DIR, ROOT } from './support/env';

const isDefaultRun = (options: BenchOptions) =>
  JSON.stringify(options.size) === JSON.stringify(DEFAULT_SIZE) && options.load.connections === 10 && options.load.rounds >= 3;

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`[bench] wrote ${path.relative(ROOT, file)}`);
};

/** The flatness targets of the last `--scaling` run, kept beside its report so the default run's table of targets can show them. */
const SCALING_GOALS_FILE = path.join(RESULTS_DIR, 'scaling-targets.json');

const otherGoals = (): OtherGoals[] => [
  ...(fs.existsSync(SCALING_GOALS_FILE) ? [JSON.parse(fs.readFileSync(SCALING_GOALS_FILE, 'utf8')) as OtherGoals] : []),
  SCALE_OUT_GOALS,
];

/** The same targets on PostgreSQL, on a database of this run's own holding the SQLite catalog's rows; dropped afterwards. */
const onPostgres = async (catalog: Awaited<ReturnType<typeof ensureDemoLayer>>, options: BenchOptions) => {
  if (!options.postgres) return { postgres: null, postgresSkipped: 'skipped (--no-postgres)' };
  if (!(await postgresReachable()))
    return { postgres: null, postgresSkipped: 'skipped: no PostgreSQL answered at BENCH_POSTGRES_URL (default 127.0.0.1:5432)' };
  console.log('[bench] PostgreSQL: creating a database and copying the catalog into it …');
  // A failure here costs the PostgreSQL table, not the SQLite run it follows: the report says why.
  const copy = await copyCatalogToPostgres(catalog).catch((error: Error) => error);
  if (copy instanceof Error) return { postgres: null, postgresSkipped: `failed while copying the catalog: ${copy.message.split('\n')[0]}` };
  console.log(
    `[bench] PostgreSQL ${copy.database.name}: schema in ${copy.seconds.schema.toFixed(1)} s, ${copy.rows} rows copied in ${copy.seconds.copy.toFixed(1)} s`
  );
  const drop = () => void copy.drop().finally(() => process.exit(130));
  process.once('SIGINT', drop);
  try {
    return { postgres: await runComparison(catalog, options, copy), postgresSkipped: null };
  } catch (error) {
    console.error(`[bench] PostgreSQL run failed: ${error instanceof Error ? error.stack : error}`);
    return { postgres: null, postgresSkipped: `failed: ${error instanceof Error ? error.message.split('\n')[0] : error}` };
  } finally {
    process.off('SIGINT', drop);
    await copy.drop();
  }
};

const printGoals = (name: string, result: ComparisonResult | null) => {
  for (const goal of result ? evaluateGoals(result) : [])
    console.log(`[bench] ${name} ${goal.pass ? 'PASS' : 'MISS'}  ${goal.goal}: ${goal.measured}${goal.note ? ` (${goal.note})` : ''}`);
};

const comparison = async (options: BenchOptions) => {
  const startedAt = new Date();
  const before = machineInfo();
  const catalog = await ensureDemoLayer(await ensureCatalog(options.size, { reseed: options.reseed, staleOk: options.staleCatalog }));
  const result = await runComparison(catalog, options);
  const { postgres, postgresSkipped } = await onPostgres(catalog, options);
  const context: ReportContext = {
    result,
    postgres,
    postgresSkipped,
    others: otherGoals(),
    options,
    machine: { before, after: machineInfo() },
    startedAt,
    seconds: (Date.now() - startedAt.getTime()) / 1000,
  };
  // latest.* is the default catalog's record; other sizes and settings go to raw/ so development runs never replace it.
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const base = isDefaultRun(options) ? path.join(RESULTS_DIR, 'latest') : path.join(RAW_DIR, `comparison-${stamp}`);
  write(`${base}.md`, comparisonMarkdown(context));
  write(`${base}.svg`, comparisonSvg(context));
  write(path.join(RAW_DIR, `comparison-${stamp}.json`), JSON.stringify(context, null, 2));
  console.log('');
  printGoals('SQLite    ', result);
  printGoals('PostgreSQL', postgres);
};

const scaling = async (options: BenchOptions) => {
  const startedAt = new Date();
  const result = await runScaling(options);
  const context = { result, options, machine: machineInfo(), startedAt, seconds: (Date.now() - startedAt.getTime()) / 1000 };
  write(path.join(RESULTS_DIR, 'scaling.md'), scalingMarkdown(context));
  write(path.join(RESULTS_DIR, 'scaling.svg'), scalingSvg(context));
  write(path.join(RAW_DIR, `scaling-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(context, null, 2));
  const goals = evaluateScalingGoals(result);
  const saved: OtherGoals = { measuredAt: startedAt.toISOString().replace('T', ' ').slice(0, 16) + ' UTC', how: '`npm run bench -- --scaling`, SQLite', goals };
  write(SCALING_GOALS_FILE, `${JSON.stringify(saved, null, 2)}\n`);
  for (const goal of goals) console.log(`[bench] ${goal.pass ? 'PASS' : 'MISS'}  ${goal.goal}: ${goal.measured}`);
};

/** Writes the report of an earlier run again from its raw JSON, e.g. after a change to the report itself. */
const rerender = (file: string) => {
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as ReportContext & { startedAt: string };
  const context: ReportContext = { ...saved, others: otherGoals(), startedAt: new Date(saved.startedAt) };
  const base = isDefaultRun(context.options) ? path.join(RESULTS_DIR, 'latest') : file.replace(/\.json$/, '');
  write(`${base}.md`, comparisonMarkdown(context));
  write(`${base}.svg`, comparisonSvg(context));
};

/** `npm run bench`: see bench/README.md. */
const main = async () => {
  const reportFrom = process.argv.indexOf('--report-from');
  if (reportFrom !== -1) return rerender(path.resolve(process.argv[reportFrom + 1]));
  const options = parseOptions(process.argv.slice(2));
  if (!options) return void process.stdout.write(USAGE);
  if (options.build) buildServer();
  // Scaling first when both run: the table of targets in latest.md then shows this run's flatness figures.
  if (options.scaling) {
    // A failed scaling run still leaves the comparison to run; the exit status reports the failure.
    await scaling(options).catch((error) => {
      console.error(`\n[bench] scaling failed: ${error instanceof Error ? error.stack : error}`);
      process.exitCode = 1;
    });
  }
  if (options.comparison) await comparison(options);
};

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error) => {
    console.error(`\n[bench] failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
