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
import { RAW_DIR } from '../support/env';
import { TARGETS, type TargetId } from '../targets';
import { traceRequest, type TracedStatement } from '../trace';

export const MAIN_TARGETS: TargetId[] = ['ours-uncached', 'reader-feed', 'article-comments', 'ours-cached', 'plugin-graphql', 'rest-populate', 'bare-node'];
/** Requests as a signed-in reader: one request, repeated; probed like the cached page, 20 times. */
export const READER_TARGETS: TargetId[] = ['reader-feed', 'article-comments'];
export const DIAGNOSTICS: TargetId[] = ['ours-trivial', 'strapi-health'];

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

export interface ComparisonResult {
  catalog: Catalog;
  /** The SQL one series page runs on each server target, traced one request at a time. */
  traces: Partial<Record<TargetId, TracedStatement[]>>;
  bootSeconds: number;
  idleRssMb: number | null;
  measurements: TargetMeasurement[];
  /** Whether repeating the GET page was answered from a response cache (x-cache: HIT, or no SQL). */
  cacheDetected: boolean;
  profile: (ProfileSummary & { file: string; requestsPerSecond: number }) | null;
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

/**
 * One Strapi on one catalog serves our /graphql, plugin-graphql and REST; a bare Node server
 * serves our bytes. Each is probed one request at a time (SQL per request, content check), then
 * loaded by autocannon in rounds that interleave the targets, so drift on a shared machine hits
 * all of them alike.
 */
export const runComparison = async (catalog: Catalog, options: BenchOptions): Promise<ComparisonResult> => {
  const database = copyCatalog(catalog, 'comparison');
  const bootStarted = Date.now();
  const server = await startStrapi(database, 'comparison', { SHOWRUNNER_BENCH_PROFILE_DIR: RAW_DIR, ...READER_BUDGET_ENV });
  const bootSeconds = (Date.now() - bootStarted) / 1000;
  log(`Strapi ready in ${bootSeconds.toFixed(1)} s at ${server.url} (log: ${path.relative(process.cwd(), server.logFile)})`);
  const idleRssMb = rssMb(server.pid);
  const slugs = Array.from({ length: catalog.size.series }, (_, i) => seriesSlug(i));

  try {
    const probes = new Map<TargetId, ProbeResult>();
    // One unmeasured pass per target first: the first requests pay for JIT compilation and cold caches.
    for (const id of ['ours-uncached', 'plugin-graphql', 'rest-populate'] as TargetId[]) await probe(server.url, TARGETS[id], slugs);
    const reference = await probe(server.url, TARGETS['ours-uncached'], slugs);
    if (reference.failures.length) throw new Error(`our /graphql did not answer the series page:\n${reference.failures.join('\n')}`);
    probes.set('ours-uncached', reference);
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
    for (const id of ['ours-cached', ...READER_TARGETS, 'plugin-graphql', 'rest-populate', ...DIAGNOSTICS] as TargetId[]) {
      const single = id === 'ours-cached' || READER_TARGETS.includes(id);
      const result = await probe(server.url, TARGETS[id], single ? slugs.slice(0, 1) : slugs, {
        rounds: single || DIAGNOSTICS.includes(id) ? 20 : 1,
        reference: reference.pages,
        reader,
      });
      if (result.failures.length) log(`WARNING ${id}: ${result.failures.join('\n')}`);
      if (result.sameContent === false) log(`WARNING ${id}: the page differs from ours`);
      probes.set(id, result);
    }
    for (const [id, result] of probes) {
      log(
        `probe ${id.padEnd(14)} SQL ${String(result.sqlStatements.median).padStart(3)}  handler ${result.handlerMs.toFixed(2)} ms (SQL ${result.sqlMs.toFixed(2)} ms)  ${result.responseBytes} B`
      );
    }
    const traces: ComparisonResult['traces'] = {};
    for (const id of ['ours-uncached', 'plugin-graphql', 'rest-populate'] as TargetId[]) {
      traces[id] = await traceRequest(server.url, TARGETS[id].requests(slugs.slice(0, 1))[0]);
    }
    const cached = probes.get('ours-cached')!;
    const cacheDetected = cached.cacheHits > cached.requests / 2 || cached.sqlStatements.median === 0;

    const ceiling = await startCeiling(reference.sample.body, reference.sample.contentType);
    const probed = await probe(ceiling.url, TARGETS['bare-node'], slugs.slice(0, 1), { reference: reference.pages });
    if (!probed.sameContent) throw new Error('the bare Node server does not answer with our page');

    const rounds = new Map<TargetId, MeasuredLoad[]>();
    const jobFor = (id: TargetId, durationSeconds = options.load.durationSeconds, warmupSeconds = options.load.warmupSeconds) => ({
      url: id === 'bare-node' ? ceiling.url : server.url,
      connections: options.load.connections,
      durationSeconds,
      warmupSeconds,
      requests: TARGETS[id].requests(id === 'ours-cached' ? slugs.slice(0, 1) : slugs, reader),
    });
    try {
      for (let round = 1; round <= options.load.rounds; round += 1) {
        for (const id of [...MAIN_TARGETS, ...(round === 1 ? DIAGNOSTICS : [])]) {
          const result = await runLoad(jobFor(id), id === 'bare-node' ? ceiling.pid : server.pid);
          rounds.set(id, [...(rounds.get(id) ?? []), result]);
          const failed = result.errors + result.non2xx ? `  errors ${result.errors} non-2xx ${result.non2xx}` : '';
          log(
            `round ${round}/${options.load.rounds} ${id.padEnd(14)} ${result.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${result.latencyMs.p50} ms  p99 ${result.latencyMs.p99} ms  RSS ${result.rss.peakMb.toFixed(0)} MB${failed}`
          );
        }
      }
    } finally {
      await ceiling.stop();
    }

    let profile: ComparisonResult['profile'] = null;
    if (options.profile) {
      log('profiling the uncached series page under load …');
      await fetch(`${server.url}/_bench/cpu-profile/start`, { method: 'POST' });
      const loaded = await runLoad(jobFor('ours-uncached', options.load.durationSeconds, 0), server.pid);
      const { file } = (await (await fetch(`${server.url}/_bench/cpu-profile/stop?file=ours-uncached`, { method: 'POST' })).json()) as { file: string };
      profile = { ...summarizeProfile(file, { top: 30 }), file, requestsPerSecond: loaded.requestsPerSecond };
    }

    const measurements = [...MAIN_TARGETS, ...DIAGNOSTICS].map((id): TargetMeasurement => ({
      id,
      label: TARGETS[id].label,
      probe: id === 'bare-node' ? summaryOf(probed) : probes.has(id) ? summaryOf(probes.get(id)!) : null,
      load: combine(rounds.get(id)!),
      rounds: rounds.get(id)!,
      rssGrowthMb: rounds.get(id)!.reduce((sum, r) => sum + (r.rss.lastMb - r.rss.startMb), 0),
    }));
    return { catalog, traces, bootSeconds, idleRssMb, measurements, cacheDetected, profile };
  } finally {
    await server.stop();
    fs.rmSync(database, { force: true });
  }
};
