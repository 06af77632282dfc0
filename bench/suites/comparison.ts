import fs from 'node:fs';
import path from 'node:path';
import { copyCatalog, type Catalog } from '../catalog/catalog';
import { seriesSlug } from '../catalog/synthetic';
import { runLoad, type MeasuredLoad } from '../load/load';
import type { BenchOptions } from '../options';
import { probe, type ProbeResult } from '../probe';
import { prepareReaders, READER_BUDGET_ENV } from '../readers';
import { summarizeProfile, type ProfileSummary } from '../profile/summarize';
import { startCeiling } from '../server/ceiling';
import { rssMb } from '../server/processes';
import { startStrapi } from '../server/strapi-server';
import { RAW_DIR, type BenchDatabase } from '../support/env';
import type { PostgresCatalog } from '../catalog/postgres';
import { DEMO_SLUG, TARGETS, type TargetId } from '../targets';
import { traceRequest, type TracedStatement } from '../trace';

/** The `{ apiVersion }` floor is measured every round like the pages: the page targets are shares of it. */
export const MAIN_TARGETS: TargetId[] = [
  'ours-uncached',
  'full-page-ballard',
  'full-page-synthetic',
  'reader-feed',
  'article-comments',
  'ours-cached',
  'plugin-graphql',
  'rest-populate',
  'bare-node',
  'ours-trivial',
];
/** The full page, uncached: on Ballard as shipped, and on every series of the synthetic catalog in turn. */
export const FULL_PAGE_TARGETS: TargetId[] = ['full-page-ballard', 'full-page-synthetic'];
/** Requests as a signed-in reader: one request, repeated; probed like the cached page, 20 times. */
export const READER_TARGETS: TargetId[] = ['reader-feed', 'article-comments'];
export const DIAGNOSTICS: TargetId[] = ['strapi-health'];
/** Profiled under load when profiling is on. */
export const PROFILED: TargetId[] = ['ours-uncached', 'full-page-ballard'];

export type ProbeSummary = Omit<ProbeResult, 'pages' | 'sample'>;

export interface TargetMeasurement {
  id: TargetId;
  label: string;
  probe: ProbeSummary | null;
  /** Median over the rounds of each figure; RSS is the highest peak. */
  load: MeasuredLoad;
  rounds: MeasuredLoad[];
  /** How much the serving process's RSS grew during this target's runs, summed over the rounds. */
  rssGrowthMb: number;
}

/** How many items each part of Ballard's full page held: the page really is whole. */
export type PageBreadth = Record<string, number>;

export interface ComparisonResult {
  catalog: Catalog;
  database: BenchDatabase['kind'];
  /** How the PostgreSQL database got the catalog. */
  postgres?: Pick<PostgresCatalog, 'tables' | 'rows' | 'seconds'>;
  fullPageBreadth: PageBreadth;
  /** The SQL one series page runs on each server target, traced one request at a time. */
  traces: Partial<Record<TargetId, TracedStatement[]>>;
  bootSeconds: number;
  idleRssMb: number | null;
  measurements: TargetMeasurement[];
  /** Whether repeating the GET page was answered from a response cache (x-cache: HIT, or no SQL). */
  cacheDetected: boolean;
  profiles: Partial<Record<TargetId, ProfileSummary & { file: string; requestsPerSecond: number }>>;
  seconds: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const combine = (rounds: MeasuredLoad[]): MeasuredLoad => ({
  requestsPerSecond: median(rounds.map((r) => r.requestsPerSecond)),
  requestsTotal: rounds.reduce((sum, r) => sum + r.requestsTotal, 0),
  latencyMs: {
    p50: median(rounds.map((r) => r.latencyMs.p50)),
    p90: median(rounds.map((r) => r.latencyMs.p90)),
    p99: median(rounds.map((r) => r.latencyMs.p99)),
    max: Math.max(...rounds.map((r) => r.latencyMs.max)),
    mean: median(rounds.map((r) => r.latencyMs.mean)),
  },
  errors: rounds.reduce((sum, r) => sum + r.errors, 0),
  timeouts: rounds.reduce((sum, r) => sum + r.timeouts, 0),
  non2xx: rounds.reduce((sum, r) => sum + r.non2xx, 0),
  bytesPerSecond: median(rounds.map((r) => r.bytesPerSecond)),
  durationSeconds: rounds.reduce((sum, r) => sum + r.durationSeconds, 0),
  rss: { startMb: rounds[0].rss.startMb, peakMb: Math.max(...rounds.map((r) => r.rss.peakMb)), lastMb: rounds[rounds.length - 1].rss.lastMb },
  serverCpuMsPerRequest: rounds.every((r) => r.serverCpuMsPerRequest !== null) ? median(rounds.map((r) => r.serverCpuMsPerRequest!)) : null,
});

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);

const summaryOf = ({ pages: _pages, sample: _sample, ...rest }: ProbeResult): ProbeSummary => rest;

const countItems = (value: unknown): number =>
  Array.isArray(value) ? value.length : value && typeof value === 'object' ? (Array.isArray((value as Row).nodes) ? (value as Row).nodes.length : 1) : 0;

type Row = Record<string, any>;

/** Counts what each relation of the full page returned (seasons' episodes summed), and fails on GraphQL errors or an empty page. */
const breadthOf = (body: Buffer): PageBreadth => {
  const parsed = JSON.parse(body.toString('utf8')) as Row;
  const series = parsed?.data?.series as Row | undefined;
  if (parsed?.errors?.length || !series) throw new Error(`the full page did not answer: ${body.toString('utf8').slice(0, 500)}`);
  const breadth: PageBreadth = {};
  for (const [field, value] of Object.entries(series)) if (value !== null && typeof value === 'object') breadth[field] = countItems(value);
  breadth['seasons.episodes'] = (series.seasons ?? []).reduce((sum: number, season: Row) => sum + countItems(season.episodes), 0);
  return breadth;
};

/**
 * One Strapi on one catalog (SQLite file, or the same rows on PostgreSQL) serves our /graphql,
 * plugin-graphql and REST; a bare Node server serves our bytes. Each is probed one request at a
 * time (SQL per request, content check), then loaded by autocannon in rounds that interleave the
 * targets, so drift on a shared machine hits all of them alike.
 */
export const runComparison = async (catalog: Catalog, options: BenchOptions, postgres?: PostgresCatalog): Promise<ComparisonResult> => {
  const started = Date.now();
  const kind = postgres ? 'postgres' : 'sqlite';
  const database = postgres ? null : copyCatalog(catalog, 'comparison');
  const rounds = postgres ? options.postgresRounds : options.load.rounds;
  const bootStarted = Date.now();
  const server = await startStrapi(postgres?.database ?? database!, `comparison-${kind}`, { SHOWRUNNER_BENCH_PROFILE_DIR: RAW_DIR, ...READER_BUDGET_ENV });
  const bootSeconds = (Date.now() - bootStarted) / 1000;
  log(`${kind}: Strapi ready in ${bootSeconds.toFixed(1)} s at ${server.url} (log: ${path.relative(process.cwd(), server.logFile)})`);
  const idleRssMb = rssMb(server.pid);
  const slugs = Array.from({ length: catalog.size.series }, (_, i) => seriesSlug(i));
  const slugsOf = (id: TargetId) => (id === 'full-page-ballard' ? [DEMO_SLUG] : slugs);

  try {
    const probes = new Map<TargetId, ProbeResult>();
    // One unmeasured pass per target first: the first requests pay for JIT compilation and cold caches.
    for (const id of ['ours-uncached', ...FULL_PAGE_TARGETS, 'plugin-graphql', 'rest-populate'] as TargetId[])
      await probe(server.url, TARGETS[id], slugsOf(id));
    const reference = await probe(server.url, TARGETS['ours-uncached'], slugs);
    if (reference.failures.length) throw new Error(`our /graphql did not answer the series page:\n${reference.failures.join('\n')}`);
    probes.set('ours-uncached', reference);
    // Ballard's narrow page is the reference for its full page, as the catalog's are for theirs.
    const demo = await probe(server.url, TARGETS['ours-uncached'], [DEMO_SLUG]);
    if (demo.failures.length) throw new Error(`our /graphql did not answer Ballard's page (demo content missing?):\n${demo.failures.join('\n')}`);
    const references = new Map([...reference.pages, ...demo.pages]);
    const reader = await prepareReaders(server.url, catalog.size.series);
    log(`reader: follows ${reader.follows} series; ${reader.comments} comments on ${reader.article}`);
    for (const id of READER_TARGETS) {
      const check = await probe(server.url, TARGETS[id], slugs.slice(0, 1), { reader });
      const data = JSON.parse(check.sample.body.toString('utf8'))?.data;
      // The feed's first page, or every comment on the article: threads plus their answers.
      const comments = data?.article?.comments?.nodes as { replies: unknown[] }[] | undefined;
      const answered = id === 'reader-feed' ? data?.viewer?.feed?.nodes?.length : comments?.reduce((sum, c) => sum + 1 + c.replies.length, 0);
      const expected = id === 'reader-feed' ? Math.min(20, reader.follows * catalog.size.articles) : reader.comments;
      if (check.failures.length || answered !== expected) {
        throw new Error(`${id}: expected ${expected}, got ${answered}: ${check.sample.body.toString('utf8').slice(0, 300)} ${check.failures.join('\n')}`);
      }
    }
    for (const id of [
      ...FULL_PAGE_TARGETS,
      'ours-cached',
      ...READER_TARGETS,
      'plugin-graphql',
      'rest-populate',
      'ours-trivial',
      ...DIAGNOSTICS,
    ] as TargetId[]) {
      const single = id === 'ours-cached' || READER_TARGETS.includes(id);
      const result = await probe(server.url, TARGETS[id], single ? slugs.slice(0, 1) : slugsOf(id), {
        rounds: single || id === 'full-page-ballard' || id === 'ours-trivial' || DIAGNOSTICS.includes(id) ? 20 : 1,
        reference: references,
        reader,
      });
      if (result.failures.length) {
        if (FULL_PAGE_TARGETS.includes(id)) throw new Error(`${id}: ${result.failures.join('\n')}`);
        log(`WARNING ${id}: ${result.failures.join('\n')}`);
      }
      if (result.sameContent === false) log(`WARNING ${id}: the page differs from ours`);
      probes.set(id, result);
    }
    const fullPageBreadth = breadthOf(probes.get('full-page-ballard')!.sample.body);
    log(
      `Ballard's full page: ${Object.entries(fullPageBreadth)
        .map(([field, n]) => `${field} ${n}`)
        .join(', ')}`
    );
    for (const [id, result] of probes) {
      log(
        `probe ${id.padEnd(19)} SQL ${String(result.sqlStatements.median).padStart(3)}  handler ${result.handlerMs.toFixed(2)} ms (SQL ${result.sqlMs.toFixed(2)} ms)  ${result.responseBytes} B`
      );
    }
    const traces: ComparisonResult['traces'] = {};
    for (const id of ['ours-uncached', ...FULL_PAGE_TARGETS, 'plugin-graphql', 'rest-populate'] as TargetId[]) {
      traces[id] = await traceRequest(server.url, TARGETS[id].requests(slugsOf(id).slice(0, 1))[0]);
    }
    const cached = probes.get('ours-cached')!;
    const cacheDetected = cached.cacheHits > cached.requests / 2 || cached.sqlStatements.median === 0;

    const ceiling = await startCeiling(reference.sample.body, reference.sample.contentType);
    const probed = await probe(ceiling.url, TARGETS['bare-node'], slugs.slice(0, 1), { reference: reference.pages });
    if (!probed.sameContent) throw new Error('the bare Node server does not answer with our page');

    const loads = new Map<TargetId, MeasuredLoad[]>();
    const jobFor = (id: TargetId, durationSeconds = options.load.durationSeconds, warmupSeconds = options.load.warmupSeconds) => ({
      url: id === 'bare-node' ? ceiling.url : server.url,
      connections: options.load.connections,
      durationSeconds,
      warmupSeconds,
      requests: TARGETS[id].requests(id === 'ours-cached' ? slugs.slice(0, 1) : slugsOf(id), reader),
    });
    try {
      for (let round = 1; round <= rounds; round += 1) {
        for (const id of [...MAIN_TARGETS, ...(round === 1 ? DIAGNOSTICS : [])]) {
          const result = await runLoad(jobFor(id), id === 'bare-node' ? ceiling.pid : server.pid);
          loads.set(id, [...(loads.get(id) ?? []), result]);
          const failed = result.errors + result.non2xx ? `  errors ${result.errors} non-2xx ${result.non2xx}` : '';
          log(
            `${kind} round ${round}/${rounds} ${id.padEnd(19)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms  RSS ${result.rss.peakMb.toFixed(0)} MB${failed}`
          );
        }
      }
    } finally {
      await ceiling.stop();
    }

    const profiles: ComparisonResult['profiles'] = {};
    for (const id of options.profile ? PROFILED : []) {
      log(`profiling ${id} under load …`);
      await fetch(`${server.url}/_bench/cpu-profile/start`, { method: 'POST' });
      const loaded = await runLoad(jobFor(id, options.load.durationSeconds, 0), server.pid);
      const stopped = await fetch(`${server.url}/_bench/cpu-profile/stop?file=${kind}-${id}`, { method: 'POST' });
      const { file } = (await stopped.json()) as { file: string };
      profiles[id] = { ...summarizeProfile(file, { top: 30 }), file, requestsPerSecond: loaded.requestsPerSecond };
    }

    const measurements = [...MAIN_TARGETS, ...DIAGNOSTICS].map((id): TargetMeasurement => ({
      id,
      label: TARGETS[id].label,
      probe: id === 'bare-node' ? summaryOf(probed) : probes.has(id) ? summaryOf(probes.get(id)!) : null,
      load: combine(loads.get(id)!),
      rounds: loads.get(id)!,
      rssGrowthMb: loads.get(id)!.reduce((sum, r) => sum + (r.rss.lastMb - r.rss.startMb), 0),
    }));
    const setup = postgres && { tables: postgres.tables, rows: postgres.rows, seconds: postgres.seconds };
    const seconds = (Date.now() - started) / 1000;
    return {
      catalog,
      database: kind,
      postgres: setup || undefined,
      fullPageBreadth,
      traces,
      bootSeconds,
      idleRssMb,
      measurements,
      cacheDetected,
      profiles,
      seconds,
    };
  } finally {
    await server.stop();
    if (database) fs.rmSync(database, { force: true });
  }
};
