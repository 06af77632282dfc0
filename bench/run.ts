import fs from 'node:fs';
import path from 'node:path';
import { buildServer } from '../scripts/lib/build';
import { ensureCatalog } from './catalog/catalog';
import { DEFAULT_SIZE } from './catalog/synthetic';
import { parseOptions, USAGE, type BenchOptions } from './options';
import { comparisonMarkdown, comparisonSvg, type ReportContext } from './report/comparison-report';
import { evaluateGoals } from './report/goals';
import { machineInfo } from './report/machine';
import { scalingMarkdown, scalingSvg } from './report/scaling-report';
import { runComparison } from './suites/comparison';
import { runScaling } from './suites/scaling';
import { RAW_DIR, RESULTS_DIR, ROOT } from './support/env';

const isDefaultRun = (options: BenchOptions) =>
  JSON.stringify(options.size) === JSON.stringify(DEFAULT_SIZE) && options.load.connections === 10 && options.load.rounds >= 3;

const write = (file: string, text: string) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  console.log(`[bench] wrote ${path.relative(ROOT, file)}`);
};

const comparison = async (options: BenchOptions) => {
  const startedAt = new Date();
  const before = machineInfo();
  const catalog = await ensureCatalog(options.size, { reseed: options.reseed });
  const result = await runComparison(catalog, options);
  const context: ReportContext = { result, options, machine: { before, after: machineInfo() }, startedAt, seconds: (Date.now() - startedAt.getTime()) / 1000 };
  // latest.* is the default catalog's record; other sizes and settings go to raw/ so development runs never replace it.
  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const base = isDefaultRun(options) ? path.join(RESULTS_DIR, 'latest') : path.join(RAW_DIR, `comparison-${stamp}`);
  write(`${base}.md`, comparisonMarkdown(context));
  write(`${base}.svg`, comparisonSvg(context));
  write(path.join(RAW_DIR, `comparison-${stamp}.json`), JSON.stringify({ ...context, result: { ...result, measurements: result.measurements } }, null, 2));
  console.log('');
  for (const goal of evaluateGoals(result))
    console.log(`[bench] ${goal.pass ? 'PASS' : 'MISS'}  ${goal.goal}: ${goal.measured}${goal.note ? ` (${goal.note})` : ''}`);
};

const scaling = async (options: BenchOptions) => {
  const startedAt = new Date();
  const result = await runScaling(options);
  const context = { result, options, machine: machineInfo(), startedAt, seconds: (Date.now() - startedAt.getTime()) / 1000 };
  write(path.join(RESULTS_DIR, 'scaling.md'), scalingMarkdown(context));
  write(path.join(RESULTS_DIR, 'scaling.svg'), scalingSvg(context));
  write(path.join(RAW_DIR, `scaling-${startedAt.toISOString().replace(/[:.]/g, '-')}.json`), JSON.stringify(context, null, 2));
};

/** Writes the report of an earlier run again from its raw JSON, e.g. after a change to the report itself. */
const rerender = (file: string) => {
  const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as ReportContext & { startedAt: string };
  const context: ReportContext = { ...saved, startedAt: new Date(saved.startedAt) };
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
  if (options.comparison) await comparison(options);
  if (options.scaling) await scaling(options);
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`\n[bench] failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
