import { describeSize, seriesSlug } from '../catalog/synthetic';
import type { BenchOptions } from '../options';
import type { ComparisonResult, TargetMeasurement } from '../suites/comparison';
import { DEMO_SLUG, TARGETS, type TargetId } from '../targets';
import { evaluateGoals, type GoalResult } from './goals';
import type { MachineInfo } from './machine';
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

/** Targets measured elsewhere: `--scaling` (saved in results/scaling-targets.json) and the scale-out test. */
export interface OtherGoals {
  measuredAt: string;
  how: string;
  goals: GoalResult[];
}

export interface ReportContext {
  result: ComparisonResult;
  /** The same targets on PostgreSQL; null with the reason when skipped. */
  postgres: ComparisonResult | null;
  postgresSkipped: string | null;
  /** Goals from other runs and tests, shown in the one table of targets. */
  others: OtherGoals[];
  options: BenchOptions;
  machine: { before: MachineInfo; after: MachineInfo };
  startedAt: Date;
  seconds: number;
}

const RESULTS_HEADER = [
  row(['', 'req/s', 'p50 ms', 'p99 ms', 'CPU ms / request', 'SQL / request', 'server ms (of it SQL)', 'RSS MB peak (growth)', 'bytes', 'same page', 'errors']),
  row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---', '---:']),
];

/** The results table of one database, as in latest.md and the README. */
export const resultsTable = (result: ComparisonResult) => [...RESULTS_HEADER, ...result.measurements.map(measurementRow)];

/** Both databases in one table, the figures that differ between them: for the README. */
export const besideTable = (sqlite: ComparisonResult, postgres: ComparisonResult) => {
  const cells = (m: TargetMeasurement | undefined) =>
    m
      ? [
          int(m.load.requestsPerSecond),
          m.load.latencyMs.p99,
          m.load.serverCpuMsPerRequest === null ? '–' : ms(m.load.serverCpuMsPerRequest),
          m.probe && m.id !== 'bare-node' ? m.probe.sqlStatements.median : '–',
        ]
      : ['–', '–', '–', '–'];
  return [
    row(['', 'SQLite req/s', 'p99 ms', 'CPU ms / request', 'SQL / request', 'PostgreSQL req/s', 'p99 ms', 'CPU ms / request', 'SQL / request']),
    row(['---', '---:', '---:', '---:', '---:', '---:', '---:', '---:', '---:']),
    ...sqlite.measurements.map((m) => row([TARGETS[m.id].short, ...cells(m), ...cells(postgres.measurements.find((p) => p.id === m.id))])),
  ];
};

const verdict = (goal: GoalResult | undefined) => (goal ? (goal.pass ? '**PASS**' : '**MISS**') : '–');
const measuredText = (goal: GoalResult | undefined) => (goal ? goal.measured + (goal.note ? `; ${goal.note}` : '') : '–');

/** Every target in one table: this run's on SQLite with PostgreSQL beside it, then those measured by `--scaling` and the tests. */
export const targetsTable = ({ result, postgres, postgresSkipped, others }: Pick<ReportContext, 'result' | 'postgres' | 'postgresSkipped' | 'others'>) => {
  const sqlite = evaluateGoals(result);
  const pg = postgres ? evaluateGoals(postgres) : [];
  return [
    row(['target', 'SQLite', '', 'PostgreSQL', '']),
    row(['---', '---', '---', '---', '---']),
    ...sqlite.map((goal, i) => row([goal.goal, measuredText(goal), verdict(goal), postgres ? measuredText(pg[i]) : (postgresSkipped ?? '–'), verdict(pg[i])])),
    ...others.flatMap((other) =>
      other.goals.map((goal) => row([goal.goal, `${measuredText(goal)} (${other.how}, ${other.measuredAt})`, verdict(goal), '', '']))
    ),
  ];
};

const describeDatabase = (result: ComparisonResult) =>
  result.postgres
    ? `PostgreSQL (a database of this run's own: Strapi booted on it once, ${result.postgres.seconds.schema.toFixed(0)} s, to create the schema and indexes; then ${int(result.postgres.rows)} rows of ${result.postgres.tables} tables copied from the same SQLite file in ${result.postgres.seconds.copy.toFixed(1)} s)`
    : 'SQLite (a copy of the cached file)';

const breadthText = (result: ComparisonResult) =>
  Object.entries(result.fullPageBreadth)
    .map(([field, count]) => `${field} ${count}`)
    .join(', ');

/** bench/results/latest.md: the targets, the tables on SQLite and PostgreSQL, where the time goes, and how it was measured. */
export const comparisonMarkdown = (context: ReportContext) => {
  const { result, postgres, postgresSkipped, options, machine, startedAt, seconds } = context;
  const { catalog } = result;
  const lines = [
    '# Showrunner benchmark: the series page and the full page',
    '',
    `Measured ${startedAt.toISOString().replace('T', ' ').slice(0, 16)} UTC by \`npm run bench\` in ${Math.round(seconds)} s ` +
      `(SQLite ${Math.round(result.seconds)} s${postgres ? `, PostgreSQL ${Math.round(postgres.seconds)} s with its setup` : ''}). ` +
      "Ratios within one database's run are what matter: the machine is shared with other work (tests, builds), absolute numbers move with its load.",
    '',
    `- **Catalog**: ${describeSize(catalog.size)}: ${int(catalog.seed.documents)} documents written through the Document Service ` +
      `(draft and published versions) in ${int(catalog.seed.seconds)} s, ${(catalog.seed.documents / catalog.seed.seconds).toFixed(1)} documents/s` +
      `${catalog.cached ? ' (that run; this one reused the SQLite file from bench/.cache)' : ''}` +
      `${catalog.stale ? ` — **stale** (\`--stale-catalog\`): seeded ${catalog.stale.seededAt.slice(0, 16).replace('T', ' ')} UTC, before a change to the content model or seeding code it is keyed by; Strapi synced the schema on boot, the rows are those the earlier model wrote` : ''}` +
      `${catalog.demo ? `; plus the demo content, the Ballard universe as shipped (${catalog.demo.created} entries, loaded by the plugin's own loader, ${catalog.demo.seconds.toFixed(0)} s with Strapi's boot, cached too)` : ''}.`,
    `- **Databases**: ${describeDatabase(result)}; ${postgres ? describeDatabase(postgres) : `PostgreSQL skipped: ${postgresSkipped}`}. One Strapi per database serves every row but bare Node.`,
    `- **Machine**: ${machine.before.cpu}, ${machine.before.cores} cores, ${machine.before.memoryGb} GB, ${machine.before.platform}, Node ${machine.before.node}; ` +
      `shared with other work; load average ${machine.before.loadAverage.join(' / ')} before, ${machine.after.loadAverage.join(' / ')} after.`,
    `- **Load**: autocannon in its own process, ${options.load.connections} connections, ${options.load.rounds} rounds on SQLite` +
      `${postgres ? ` and ${options.postgresRounds} on PostgreSQL` : ''} of ${options.load.durationSeconds} s per target (after ${options.load.warmupSeconds} s of warm-up), targets interleaved; ` +
      "req/s and latencies are the median over the rounds. RSS is that of the serving process: its highest peak during the target's runs, and how much it grew during them. " +
      `Strapi (NODE_ENV=test, admin off) booted in ${result.bootSeconds.toFixed(1)} s with ${int(result.idleRssMb ?? 0)} MB RSS on SQLite.`,
    '- **Uncached** requests go through every series of the catalog in turn, each with an undeclared `nocache` variable holding a fresh id, ' +
      'so our response cache (keyed on the whole POST body) misses every time; the **cached** path repeats one GraphQL-over-GET request, ' +
      'which our response cache answers after the first.',
    '- **The full page** is `tests/api/graphql/documents/ballard-full-page.graphql` sent as written (the API tests hold it to its statement count): ' +
      'platforms, network, companies, franchise, spin-offs, seasons with episodes, cast and crew with jobs and companies, renewals with outlets and statements, ' +
      `news with authors, scores and metrics; uncached like the series page. On Ballard it answered ${breadthText(result)} items. ` +
      'The synthetic series have seasons, cast, crew, news, genres and a platform but no network, companies, franchise, episodes, renewals, scores or metrics, so there the same statements return fewer rows.',
    '- **Readers**: a reader registered through `POST /api/auth/local/register` follows 50 series (`followSeries`); ' +
      '`viewer.feed(first: 20)` (headline, publishedAt, series titles) is requested with its JWT, as is `Article.comments(first: 50)` with replies ' +
      'on an article with 30 comments by three readers (`createComment`, every third an answer). Requests with `Authorization` never enter ' +
      'the shared response cache: these rows are uncached by design.',
    '',
    '## Targets',
    '',
    ...targetsTable(context),
    '',
    '## Results on SQLite',
    '',
    ...resultsTable(result),
    '',
  ];
  if (postgres) {
    lines.push('## Results on PostgreSQL', '', ...resultsTable(postgres), '');
    lines.push('## Side by side', '', ...besideTable(result, postgres), '');
  }
  lines.push(
    'CPU ms / request: CPU time (user + system) of the serving process during the measured runs divided by the requests answered; ' +
      'other work competing for the cores moves it much less than req/s (it still rises somewhat: shared caches, frequency), so it is the better figure to compare across runs. ' +
      'SQL / request: median, counted by the bench from knex `query` events over the whole request (authentication, permission look-ups, ' +
      "BEGIN/COMMIT included), one request at a time; a cache hit answered before Strapi's middleware counts 0. Server ms: median of one-at-a-time requests, from the outermost bench middleware to the " +
      'response body being set, and the share of it between knex `query` and `query-response` events. The Strapi `/_health` row ran one round. ' +
      "On PostgreSQL SQL time includes the round trip to the server on 127.0.0.1, and the PostgreSQL server's own CPU is not in CPU ms / request.",
    ''
  );
  const trivial = result.measurements.find((m) => m.id === 'ours-trivial')?.probe;
  lines.push('## Where the time goes', '');
  if (trivial) {
    const part = (id: TargetId) => {
      const page = result.measurements.find((m) => m.id === id)!.probe!;
      const rest = page.handlerMs - page.sqlMs - trivial.handlerMs;
      const share = (value: number) => `${Math.round((value / page.handlerMs) * 100)}%`;
      return [
        row([`${TARGETS[id].short}: the whole request, outermost middleware to response (median)`, ms(page.handlerMs), '100%']),
        row([
          `… SQL: ${page.sqlStatements.median} statements, knex and the database (between knex \`query\` and \`query-response\`)`,
          ms(page.sqlMs),
          share(page.sqlMs),
        ]),
        row(['… request pipeline floor: `{ apiVersion }` through Strapi middleware, Koa and Apollo', ms(trivial.handlerMs), share(trivial.handlerMs)]),
        row(['… the rest: resolvers and loaders, mapping rows, GraphQL execution, JSON', ms(rest), share(rest)]),
      ];
    };
    lines.push(
      '### One page, served alone',
      '',
      '| part | ms | share |',
      '| --- | ---: | ---: |',
      ...part('ours-uncached'),
      ...part('full-page-ballard'),
      ...part('full-page-synthetic'),
      ''
    );
  }
  // knex quotes identifiers with backticks for SQLite; shown with double quotes so the Markdown code spans hold.
  const statementRow = (sql: string) => `\`${sql.replace(/\s+/g, ' ').replace(/`/g, '"').replace(/\|/g, '\\|').slice(0, 220)}${sql.length > 220 ? ' …' : ''}\``;
  const pages: [TargetId, string, ComparisonResult][] = [
    ['ours-uncached', seriesSlug(0), result],
    ['full-page-ballard', DEMO_SLUG, result],
    ...(postgres ? ([['ours-uncached', seriesSlug(0), postgres]] as [TargetId, string, ComparisonResult][]) : []),
  ];
  for (const [id, slug, run] of pages) {
    const trace = run.traces[id] ?? [];
    if (!trace.length) continue;
    lines.push(
      `### The SQL of one page: ${TARGETS[id].short}${run === postgres ? ', on PostgreSQL' : ''}`,
      '',
      `Ours, for \`${slug}\`, one request alone:`,
      '',
      '| # | ms | rows | statement |',
      '| ---: | ---: | ---: | --- |',
      ...trace.map((statement, i) => row([i + 1, statement.ms === null ? '–' : ms(statement.ms), statement.rows ?? '–', statementRow(statement.sql)])),
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
  for (const [id, p] of Object.entries(result.profiles) as [TargetId, NonNullable<ComparisonResult['profiles'][TargetId]>][]) {
    lines.push(
      `### CPU profile under load: ${TARGETS[id].short}`,
      '',
      `The V8 profiler inside the Strapi process, only during ${options.load.durationSeconds} s of load on ${TARGETS[id].label} ` +
        `(${int(p.requestsPerSecond)} req/s while profiling): ${int(p.totalMs)} ms on CPU. Native frames count for the package that called them: ` +
        "in knex's better-sqlite3 dialect `Statement` is SQLite compiling a statement and `all` running it and building the rows; " +
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
    '- `npm run bench` (this file), `npm run bench -- --help` for flags; `npm run bench -- --scaling` adds bench/results/scaling.md; `--no-postgres` skips PostgreSQL.',
    '- plugin-graphql and REST read the same documents with the query a frontend would send (published, default locale `de`, cast credits ' +
      'sorted by order, articles newest first). REST cannot limit a populated relation, so it returns all articles of a series; the bench cuts to 10 when comparing pages.',
    "- Same page: every target's answer reduced to title, seasons, cast and news equals our series page's for that slug; the full pages hold those fields too and are checked the same way.",
    '- The bare Node server answers every request with the bytes of our uncached page for the first series: the ceiling of this machine for a response of that size.',
    '- What changed and what it bought, before and after on the same machine: [changes.md](changes.md).',
    ''
  );
  return lines.join('\n');
};

export const comparisonSvg = ({ result, postgres, startedAt }: ReportContext) => {
  const bars = (run: ComparisonResult, value: (m: TargetMeasurement) => number, text: (m: TargetMeasurement) => string) =>
    run.measurements.map((m) => ({ label: TARGETS[m.id].short, value: value(m), text: text(m), color: COLORS[m.id] }));
  const perSecond = (run: ComparisonResult, name: string) => ({
    title: `Requests per second on ${name} (higher is better)`,
    scale: 'log' as const,
    bars: bars(
      run,
      (m) => m.load.requestsPerSecond,
      (m) => int(m.load.requestsPerSecond)
    ),
  });
  return renderChart(
    'Series page and full page: requests per second, latency, SQL',
    `${describeSize(result.catalog.size)} + Ballard, ${startedAt.toISOString().slice(0, 10)}; log scales; median of rounds; shared 2-core machine`,
    [
      perSecond(result, 'SQLite'),
      ...(postgres ? [perSecond(postgres, 'PostgreSQL')] : []),
      {
        title: 'p99 latency in ms on SQLite (lower is better)',
        scale: 'log',
        bars: bars(
          result,
          (m) => Math.max(m.load.latencyMs.p99, 0.5),
          (m) => `${m.load.latencyMs.p99} ms (p50 ${m.load.latencyMs.p50})`
        ),
      },
      {
        title: 'SQL statements per request',
        scale: 'linear',
        bars: bars(
          result,
          (m) => (m.probe && m.id !== 'bare-node' ? m.probe.sqlStatements.median : 0),
          (m) => (m.probe && m.id !== 'bare-node' ? String(m.probe.sqlStatements.median) : '–')
        ),
      },
    ]
  );
};
