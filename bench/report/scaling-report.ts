import { describeSize } from '../catalog/synthetic';
import type { BenchOptions } from '../options';
import type { CreditsStep, ScalingPoint, ScalingResult } from '../suites/scaling';
import { TARGETS, type TargetId } from '../targets';
import type { GoalResult } from './goals';
import type { MachineInfo } from './machine';
import { COLORS, renderChart, type Panel } from './svg';

export interface ScalingContext {
  result: ScalingResult;
  options: BenchOptions;
  machine: MachineInfo;
  startedAt: Date;
  seconds: number;
}

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
const fixed = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));

const pointCells = (point: ScalingPoint) => [
  point.sqlStatements,
  point.sqlRows.toLocaleString('en-US'),
  `${fixed(point.handlerMs)} (${fixed(point.sqlMs)})`,
  Math.round(point.load.requestsPerSecond).toLocaleString('en-US'),
  point.load.serverCpuMsPerRequest === null ? '–' : fixed(point.load.serverCpuMsPerRequest),
  point.load.latencyMs.p50,
  point.load.latencyMs.p99,
  point.responseBytes.toLocaleString('en-US'),
];

const HEADER = ['', 'target', 'SQL / request', 'rows read', 'server ms (SQL)', 'req/s', 'CPU ms / request', 'p50 ms', 'p99 ms', 'bytes'];

/** bench/results/scaling.md: how SQL and latency grow with credits on a page and with the catalog. */
export const scalingMarkdown = ({ result, options, machine, startedAt, seconds }: ScalingContext) => {
  const lines = [
    '# Showrunner benchmark: scaling',
    '',
    `Measured ${startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC by \`npm run bench -- --scaling\` in ${Math.round(seconds / 60)} min on ` +
      `${machine.cpu}, ${machine.cores} cores, Node ${machine.node} (load average ${machine.loadAverage.join(' / ')} at the end). SQLite. ` +
      `Each cell: one-at-a-time requests for SQL and server time, then ${Math.max(3, Math.round(options.load.durationSeconds / 2))} s of autocannon ` +
      `with ${options.load.connections} connections, in ${result.rounds ?? 1} rounds that interleave the steps (every catalog's server runs at once, idle but for the one under load); ` +
      'req/s is the median round. Rows read: what the statements of one (traced) request returned, ' +
      'the work a constant statement count does not show. CPU ms / request: CPU time of the Strapi process during the load run per request answered, ' +
      'less disturbed by other work on the machine than req/s (the median of the rounds). The machine is shared with other work (tests, builds).',
    '',
    '## Targets',
    '',
    row(['target', 'measured', '']),
    row(['---', '---', '---']),
    ...evaluateScalingGoals(result).map((goal) => row([goal.goal, goal.measured, goal.pass ? '**PASS**' : '**MISS**'])),
    '',
    '## One series with more and more credits',
    '',
    `Catalog: ${describeSize(result.creditsCatalog.size)}; probes and load ask for one series. Every fifth credit is crew, so the cast holds 80% of them; ` +
      'our page asks for the first 50 cast members, plugin-graphql for 50 cast credits, REST for all of them (it cannot limit a populated relation).',
    '',
    row(['credits', ...HEADER.slice(1)]),
    row(['---:', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...result.credits.flatMap((step) => step.points.map((point) => row([step.credits, TARGETS[point.target].short, ...pointCells(point)]))),
    '',
    '## Catalogs of more and more series',
    '',
    'Each series as in the default catalog (4 seasons, 40 credits, 20 articles); probes take the first 50 series one at a time, load goes through every series in turn.',
    '',
    row(['series', ...HEADER.slice(1)]),
    row(['---:', '---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
  ];
  for (const step of result.catalogs) {
    if (step.skipped) lines.push(row([step.series.toLocaleString('en-US'), step.skipped, '', '', '', '', '', '', '', '']));
    else lines.push(...step.points.map((point) => row([step.series.toLocaleString('en-US'), TARGETS[point.target].short, ...pointCells(point)])));
  }
  lines.push(
    '',
    `Seeding rate on record: ${result.seedRate.toFixed(1)} documents/s through the Document Service (draft + published versions, validation, search text).`,
    '',
    ...result.catalogs.map(
      (step) =>
        `- **${step.series.toLocaleString('en-US')} series** (${step.documents.toLocaleString('en-US')} documents): ${step.skipped ?? step.origin}` +
        `${step.catalog?.cached ? ' (this run reused it from bench/.cache)' : ''}${step.bootSeconds ? `; copy and boot ${step.bootSeconds.toFixed(0)} s` : ''}.`
    ),
    ''
  );
  return lines.join('\n');
};

export const scalingSvg = ({ result, startedAt }: ScalingContext) => {
  const panels: Panel[] = [];
  const byTarget = (steps: { label: string; points: ScalingPoint[] }[], value: (p: ScalingPoint) => number, text: (p: ScalingPoint) => string) =>
    steps.flatMap((step) =>
      step.points.map((point) => ({
        label: `${step.label}: ${TARGETS[point.target].short}`,
        value: value(point),
        text: text(point),
        color: COLORS[point.target as TargetId],
      }))
    );
  const credits = result.credits.map((step) => ({ label: `${step.credits} credits`, points: step.points }));
  const catalogs = result.catalogs.filter((step) => !step.skipped).map((step) => ({ label: `${step.series} series`, points: step.points }));
  panels.push({
    title: 'One series, growing cast: SQL statements per request',
    scale: 'log',
    bars: byTarget(
      credits,
      (p) => p.sqlStatements,
      (p) => String(p.sqlStatements)
    ),
  });
  panels.push({
    title: 'One series, growing cast: p99 latency under load (ms)',
    scale: 'log',
    bars: byTarget(
      credits,
      (p) => Math.max(p.load.latencyMs.p99, 0.5),
      (p) => `${p.load.latencyMs.p99} ms`
    ),
  });
  if (catalogs.length) {
    panels.push({
      title: 'Growing catalog: requests per second',
      scale: 'log',
      bars: byTarget(
        catalogs,
        (p) => p.load.requestsPerSecond,
        (p) => Math.round(p.load.requestsPerSecond).toLocaleString('en-US')
      ),
    });
    panels.push({
      title: 'Growing catalog: p99 latency under load (ms)',
      scale: 'log',
      bars: byTarget(
        catalogs,
        (p) => Math.max(p.load.latencyMs.p99, 0.5),
        (p) => `${p.load.latencyMs.p99} ms`
      ),
    });
  }
  const skipped = result.catalogs.filter((step) => step.skipped).map((step) => `${step.series} series not measured (seeding too slow)`);
  return renderChart(
    'Series page and full page: scaling',
    `${startedAt.toISOString().slice(0, 10)}, SQLite, log scales${skipped.length ? `; ${skipped.join('; ')}` : ''}`,
    panels
  );
};

const rpsOf = (points: ScalingPoint[] | undefined, target: TargetId) => points?.find((p) => p.target === target)?.load.requestsPerSecond;

/**
 * The flatness targets: a page's req/s on the biggest catalog and the longest cast as a share of
 * the smallest's, and the rows a 50-member cast page reads. Null steps (not measured) give no row.
 */
export const evaluateScalingGoals = (result: ScalingResult): GoalResult[] => {
  const goals: GoalResult[] = [];
  const first = <T>(items: T[]) => items[0];
  const last = <T>(items: T[]) => items[items.length - 1];
  const catalogs = result.catalogs.filter((step) => !step.skipped);
  const flat = (steps: { label: string; points: ScalingPoint[] }[], target: TargetId, within: number) => {
    if (steps.length < 2) return;
    const [small, big] = [first(steps), last(steps)];
    const [a, b] = [rpsOf(small.points, target), rpsOf(big.points, target)];
    if (a === undefined || b === undefined) return;
    const cpu = (step: { points: ScalingPoint[] }) => step.points.find((p) => p.target === target)!.load.serverCpuMsPerRequest;
    const [ca, cb] = [cpu(small), cpu(big)];
    const share = b / a;
    goals.push({
      goal: `${TARGETS[target].short}: req/s at ${big.label} within ${within * 100}% of ${small.label}`,
      measured:
        `${(share * 100).toFixed(1)}% (${Math.round(b)} vs ${Math.round(a)} req/s)` +
        `${ca && cb ? `; CPU ms / request ${fixed(cb)} vs ${fixed(ca)}` : ''}${share >= 1 - within ? '' : `; the target is >= ${(1 - within) * 100}%`}`,
      pass: share >= 1 - within,
    });
  };
  const catalogSteps = catalogs.map((step) => ({ label: `${step.series.toLocaleString('en-US')} series`, points: step.points }));
  const creditSteps = result.credits.map((step) => ({ label: `${step.credits.toLocaleString('en-US')} credits`, points: step.points }));
  for (const target of ['ours-uncached', 'full-page-synthetic'] as TargetId[]) {
    flat(catalogSteps, target, 0.2);
    flat(creditSteps, target, 0.3);
  }
  // Both of the longest casts show 50 members: what they read should not grow with what the series holds.
  const withCast = result.credits.filter((step) => step.credits >= 100);
  if (withCast.length >= 2) {
    const [a, b] = [first(withCast), last(withCast)];
    const rows = (step: CreditsStep) => step.points.find((p) => p.target === 'ours-uncached')?.sqlRows ?? NaN;
    goals.push({
      goal: `a cast page of 50 reads O(50) rows: the series page's rows read at ${b.credits.toLocaleString('en-US')} credits within 20% of ${a.credits.toLocaleString('en-US')}`,
      measured: `${rows(b)} vs ${rows(a)} rows`,
      pass: rows(b) <= rows(a) * 1.2,
    });
  }
  if (catalogs.length) {
    const scans = catalogs.flatMap((step) =>
      step.points.flatMap((point) =>
        point.scans.map((scan) => `${step.series} series, ${TARGETS[point.target].short}, statement ${scan.statement}: ${scan.detail} (${scan.rows} rows)`)
      )
    );
    goals.push({
      goal: "lookups use an index on every catalog size: no statement of the series page or the full page reads a table of more than 1,000 rows end to end (SQLite's EXPLAIN QUERY PLAN of the traced statements)",
      measured: scans.length ? scans.join('; ') : `no such scan at ${catalogs.map((step) => step.series.toLocaleString('en-US')).join(', ')} series`,
      pass: scans.length === 0,
    });
  }
  for (const target of ['ours-uncached', 'full-page-synthetic'] as TargetId[]) {
    const counts = [...creditSteps, ...catalogSteps].map((step) => step.points.find((p) => p.target === target)?.sqlStatements).filter((n) => n !== undefined);
    if (!counts.length) continue;
    const limit = target === 'ours-uncached' ? 6 : 12;
    goals.push({
      goal: `${TARGETS[target].short}: SQL statements constant in the size of the data, <= ${limit}`,
      measured: `${new Set(counts).size === 1 ? `${counts[0]} at every step` : `varies: ${counts.join(', ')}`} (${[...creditSteps, ...catalogSteps].map((s) => s.label).join(', ')})`,
      pass: new Set(counts).size === 1 && counts[0]! <= limit,
    });
  }
  return goals;
};
