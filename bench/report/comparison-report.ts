import { describeSize } from '../catalog/synthetic';
import type { BenchOptions } from '../options';
import type { ComparisonResult, TargetMeasurement } from '../suites/comparison';
import { evaluateGoals } from './goals';
import type { MachineInfo } from './machine';
import { seriesSlug } from '../catalog/synthetic';
import { TARGETS } from '../targets';
import { shapesOf } from '../trace';
import { COLORS, renderChart } from './svg';

const ms = (value: number) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const int = (value: number) => Math.round(value).toLocaleString('en-US');

const row = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;

const measurementRow = (m: TargetMeasurement) =>
  row([
    m.label,
    int(m.load.requestsPerSecond),
    m.load.latencyMs.p50,
    m.load.latencyMs.p99,
    m.load.serverCpuMsPerRequest === null ? '–' : ms(m.load.serverCpuMsPerRequest),
    m.probe && m.id !== 'bare-node' ? m.probe.sqlStatements.median : '–',
    // Hits on our GET fast path never reach Strapi's middleware, where the bench measures.
    m.probe && m.probe.cacheHits > m.probe.requests / 2
      ? 'cache hit, before Strapi'
      : m.probe && Number.isFinite(m.probe.handlerMs)
        ? `${ms(m.probe.handlerMs)} (${ms(m.probe.sqlMs)})`
        : '–',
    `${int(m.load.rss.peakMb)} (${m.rssGrowthMb >= 0 ? '+' : ''}${int(m.rssGrowthMb)})`,
    m.probe ? int(m.probe.responseBytes) : '–',
    m.id === 'ours-uncached' ? 'reference' : m.probe?.sameContent === null || !m.probe ? '–' : m.probe.sameContent ? 'yes' : '**no**',
    m.load.errors + m.load.non2xx ? `**${m.load.errors + m.load.non2xx}**` : 0,
  ]);

export interface ReportContext {
  result: ComparisonResult;
  options: BenchOptions;
  machine: { before: MachineInfo; after: MachineInfo };
  startedAt: Date;
  seconds: number;
}

/** bench/results/latest.md: the comparison table, the targets, where the time goes, and how it was measured. */
export const comparisonMarkdown = ({ result, options, machine, startedAt, seconds }: ReportContext) => {
  const { catalog } = result;
  const goals = evaluateGoals(result);
  const ours = result.measurements.find((m) => m.id === 'ours-uncached')!;
  const lines = [
    '# Showrunner benchmark: the series page',
    '',
    `Measured ${startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC by \`npm run bench\` in ${Math.round(seconds)} s. ` +
      'Ratios within this run are what matter: the machine is shared, absolute numbers move with its load.',
    '',
    `- **Catalog**: ${describeSize(catalog.size)}: ${int(catalog.seed.documents)} documents written through the Document Service ` +
      `(draft and published versions) in ${int(catalog.seed.seconds)} s, ${(catalog.seed.documents / catalog.seed.seconds).toFixed(1)} documents/s` +
      `${catalog.cached ? ' (that run; this one reused the SQLite file from bench/.cache)' : ''}. SQLite.`,
    `- **Machine**: ${machine.before.cpu}, ${machine.before.cores} cores, ${machine.before.memoryGb} GB, ${machine.before.platform}, Node ${machine.before.node}; ` +
      `load average ${machine.before.loadAverage.join(' / ')} before, ${machine.after.loadAverage.join(' / ')} after.`,
    `- **Load**: autocannon in its own process, ${options.load.connections} connections, ${options.load.rounds} rounds of ` +
      `${options.load.durationSeconds} s per target (after ${options.load.warmupSeconds} s of warm-up), targets interleaved; ` +
      "req/s and latencies are the median over the rounds. RSS is that of the serving process (one Strapi serves every row but bare Node): its highest peak during the target's runs, and how much it grew during them. " +
      `Strapi (NODE_ENV=test, admin off) booted in ${result.bootSeconds.toFixed(1)} s with ${int(result.idleRssMb ?? 0)} MB RSS.`,
    '- **Uncached** requests go through every series of the catalog in turn, each with an undeclared `nocache` variable holding a fresh id, ' +
      'so our response cache (keyed on the whole POST body) misses every time; the **cached** path repeats one GraphQL-over-GET request, ' +
      'which our response cache answers after the first.',
    '- **Readers**: a reader registered through `POST /api/auth/local/register` follows 50 series (`followSeries`); ' +
      '`viewer.feed(first: 20)` (headline, publishedAt, series titles) is requested with its JWT, as is `Article.comments(first: 50)` with replies ' +
      'on an article with 30 comments by three readers (`createComment`, every third an answer). Requests with `Authorization` never enter ' +
      'the shared response cache: these rows are uncached by design.',
    '',
    '## Results',
    '',
    row([
      '',
      'req/s',
      'p50 ms',
      'p99 ms',
      'CPU ms / request',
      'SQL / request',
      'server ms (of it SQL)',
      'RSS MB peak (growth)',
      'bytes',
      'same page',
      'errors',
    ]),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---', '---:']),
    ...result.measurements.map(measurementRow),
    '',
    'CPU ms / request: CPU time (user + system) of the serving process during the measured runs divided by the requests answered; ' +
      'other work competing for the cores moves it much less than req/s (it still rises somewhat: shared caches, frequency), so it is the better figure to compare across runs. ' +
      'SQL / request: median, counted by the bench from knex `query` events over the whole request (authentication, permission look-ups, ' +
      "BEGIN/COMMIT included), one request at a time; a cache hit answered before Strapi's middleware counts 0. Server ms: median of one-at-a-time requests, from the outermost bench middleware to the " +
      'response body being set, and the share of it between knex `query` and `query-response` events. Diagnostics (last two rows) ran one round.',
    '',
    '## Targets',
    '',
    row(['target', 'measured', '']),
    row(['---', '---', '---']),
    ...goals.map((goal) => row([goal.goal, goal.measured + (goal.note ? `; ${goal.note}` : ''), goal.pass ? '**PASS**' : '**MISS**'])),
    '',
  ];
  const trivial = result.measurements.find((m) => m.id === 'ours-trivial')?.probe;
  const page = ours.probe!;
  lines.push('## Where the time goes on the uncached path', '');
  if (trivial) {
    const rest = page.handlerMs - page.sqlMs - trivial.handlerMs;
    const share = (value: number) => `${Math.round((value / page.handlerMs) * 100)}%`;
    lines.push(
      '### One page, served alone',
      '',
      '| part | ms | share |',
      '| --- | ---: | ---: |',
      row(['the whole request, outermost middleware to response (median)', ms(page.handlerMs), '100%']),
      row([`SQL: ${page.sqlStatements.median} statements, knex and SQLite (between knex \`query\` and \`query-response\`)`, ms(page.sqlMs), share(page.sqlMs)]),
      row(['request pipeline floor: `{ apiVersion }` through Strapi middleware, Koa and Apollo', ms(trivial.handlerMs), share(trivial.handlerMs)]),
      row(['the rest: resolvers and loaders, mapping rows, GraphQL execution, JSON', ms(rest), share(rest)]),
      ''
    );
  }
  // knex quotes identifiers with backticks for SQLite; shown with double quotes so the Markdown code spans hold.
  const statementRow = (sql: string) => `\`${sql.replace(/\s+/g, ' ').replace(/`/g, '"').replace(/\|/g, '\\|').slice(0, 220)}${sql.length > 220 ? ' …' : ''}\``;
  const oursTrace = result.traces['ours-uncached'] ?? [];
  if (oursTrace.length) {
    lines.push(
      '### The SQL of one page',
      '',
      `Ours, for \`${seriesSlug(0)}\`:`,
      '',
      '| # | ms | rows | statement |',
      '| ---: | ---: | ---: | --- |',
      ...oursTrace.map((statement, i) => row([i + 1, statement.ms === null ? '–' : ms(statement.ms), statement.rows ?? '–', statementRow(statement.sql)])),
      ''
    );
  }
  for (const id of ['plugin-graphql', 'rest-populate'] as const) {
    const trace = result.traces[id];
    if (!trace?.length) continue;
    const total = trace.reduce((sum, statement) => sum + (statement.ms ?? 0), 0);
    lines.push(
      `${TARGETS[id].label}: ${trace.length} statements, ${ms(total)} ms; by shape (same SQL, other values):`,
      '',
      '| times | ms | rows | statement |',
      '| ---: | ---: | ---: | --- |',
      ...shapesOf(trace)
        .slice(0, 8)
        .map((shape) => row([shape.count, ms(shape.ms), shape.rows, statementRow(shape.sql)])),
      ''
    );
  }
  if (result.profile) {
    const p = result.profile;
    lines.push(
      '### CPU profile under load',
      '',
      `The V8 profiler inside the Strapi process, only during ${options.load.durationSeconds} s of load on the uncached page ` +
        `(${int(p.requestsPerSecond)} req/s while profiling): ${int(p.totalMs)} ms on CPU. Native frames count for the package that called them: ` +
        "in knex's better-sqlite3 dialect `Statement` is SQLite compiling a statement (knex prepares every query anew) and `all` running it and building the rows; " +
        '`writev` is the socket write, `runMicrotasks` promise scheduling. ' +
        `Raw profile: \`${p.file.replace(/.*\/bench\//, 'bench/')}\` (Chrome DevTools > Performance > Load profile, or speedscope).`,
      '',
      '| self time by area | share |',
      '| --- | ---: |',
      ...p.byArea.slice(0, 12).map((a) => row([`\`${a.area}\``, `${a.share}%`])),
      '',
      '| inclusive time by area (stack contains it) | share |',
      '| --- | ---: |',
      ...p.inclusive.slice(0, 12).map((a) => row([`\`${a.area}\``, `${a.share}%`])),
      '',
      '| hottest functions (self time) | area | share |',
      '| --- | --- | ---: |',
      ...p.byFunction.slice(0, 20).map((f) => row([`\`${f.name}\``, `\`${f.area}\``, `${f.share}%`])),
      ''
    );
  }
  lines.push(
    '## How to read and rerun',
    '',
    '- `npm run bench` (this table), `npm run bench -- --help` for flags; `npm run bench -- --scaling` adds bench/results/scaling.md.',
    '- plugin-graphql and REST read the same documents with the query a frontend would send (published, default locale `de`, cast credits ' +
      'sorted by order, articles newest first). REST cannot limit a populated relation, so it returns all articles of a series; the bench cuts to 10 when comparing pages.',
    '- The bare Node server answers every request with the bytes of our uncached page for the first series: the ceiling of this machine for a response of that size.',
    ''
  );
  return lines.join('\n');
};

export const comparisonSvg = ({ result, startedAt }: ReportContext) => {
  const bars = (value: (m: TargetMeasurement) => number, text: (m: TargetMeasurement) => string) =>
    result.measurements.map((m) => ({ label: TARGETS[m.id].short, value: value(m), text: text(m), color: COLORS[m.id] }));
  return renderChart(
    'Series page: requests per second and latency',
    `${describeSize(result.catalog.size)}, SQLite, ${startedAt.toISOString().slice(0, 10)}; log scales; median of rounds`,
    [
      {
        title: 'Requests per second (higher is better)',
        scale: 'log',
        bars: bars(
          (m) => m.load.requestsPerSecond,
          (m) => int(m.load.requestsPerSecond)
        ),
      },
      {
        title: 'p99 latency in ms (lower is better)',
        scale: 'log',
        bars: bars(
          (m) => Math.max(m.load.latencyMs.p99, 0.5),
          (m) => `${m.load.latencyMs.p99} ms (p50 ${m.load.latencyMs.p50})`
        ),
      },
      {
        title: 'SQL statements per request',
        scale: 'linear',
        bars: bars(
          (m) => (m.probe && m.id !== 'bare-node' ? m.probe.sqlStatements.median : 0),
          (m) => (m.probe && m.id !== 'bare-node' ? String(m.probe.sqlStatements.median) : '–')
        ),
      },
    ]
  );
};
