import fs from 'node:fs';
import { cachedSeedReport, copyCatalog, ensureCatalog, ensureReplicatedCatalog, hasCachedCatalog, type Catalog } from '../catalog/catalog';
import { verifyReplica } from '../catalog/verify-replica';
import { countEntries, DEFAULT_SIZE, describeSize, seriesSlug, type CatalogSize } from '../catalog/synthetic';
import { runLoad, type MeasuredLoad } from '../load/load';
import type { BenchOptions } from '../options';
import { probe } from '../probe';
import { startStrapi } from '../server/strapi-server';
import { TARGETS, type TargetId } from '../targets';
import { traceRequest } from '../trace';

export const SCALING_TARGETS: TargetId[] = ['ours-uncached', 'plugin-graphql', 'rest-populate'];

export interface ScalingPoint {
  target: TargetId;
  sqlStatements: number;
  /** Rows the page's statements returned, from a traced request for the first slug. */
  sqlRows: number;
  handlerMs: number;
  sqlMs: number;
  responseBytes: number;
  load: MeasuredLoad;
}

export interface CreditsStep {
  credits: number;
  points: ScalingPoint[];
}

export interface CatalogStep {
  series: number;
  documents: number;
  catalog: Catalog | null;
  points: ScalingPoint[];
  /** How the catalog was made, with the numbers behind the choice. */
  origin: string;
  /** Why the step was not measured. */
  skipped: string | null;
  bootSeconds: number | null;
}

export interface ScalingResult {
  creditsCatalog: Catalog;
  credits: CreditsStep[];
  catalogs: CatalogStep[];
  /** Documents per second the Document Service managed when seeding, from the largest seed measured. */
  seedRate: number;
}

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);

const formatMinutes = (minutes: number) =>
  minutes < 1 ? `${Math.round(minutes * 60)} s` : minutes < 120 ? `${Math.round(minutes)} min` : `${(minutes / 60).toFixed(1)} h`;

/** Probes a target one request at a time, then loads it briefly; `slugs` are sent in turn. */
const measure = async (url: string, pid: number, target: TargetId, slugs: string[], options: BenchOptions): Promise<ScalingPoint> => {
  const probed = await probe(url, TARGETS[target], slugs.slice(0, 50), { rounds: slugs.length === 1 ? 10 : 1 });
  if (probed.failures.length) throw new Error(`${target} failed:\n${probed.failures.join('\n')}`);
  const load = await runLoad(
    {
      url,
      connections: options.load.connections,
      durationSeconds: Math.max(3, Math.round(options.load.durationSeconds / 2)),
      warmupSeconds: 1,
      requests: TARGETS[target].requests(slugs),
    },
    pid
  );
  const trace = await traceRequest(url, TARGETS[target].requests(slugs.slice(0, 1))[0]);
  const point = {
    target,
    sqlStatements: probed.sqlStatements.median,
    sqlRows: trace.reduce((sum, statement) => sum + (statement.rows ?? 0), 0),
    handlerMs: probed.handlerMs,
    sqlMs: probed.sqlMs,
    responseBytes: probed.responseBytes,
    load,
  };
  log(
    `  ${target.padEnd(14)} SQL ${String(point.sqlStatements).padStart(4)} (${point.sqlRows} rows)  server ${point.handlerMs.toFixed(1)} ms (SQL ${point.sqlMs.toFixed(1)})  ` +
      `${load.requestsPerSecond.toFixed(0)} req/s  p50 ${load.latencyMs.p50} ms  p99 ${load.latencyMs.p99} ms`
  );
  return point;
};

const withServer = async <T>(catalog: Catalog, name: string, fn: (url: string, pid: number) => Promise<T>) => {
  const database = copyCatalog(catalog, name);
  const server = await startStrapi(database, name);
  try {
    return await fn(server.url, server.pid);
  } finally {
    await server.stop();
    fs.rmSync(database, { force: true });
  }
};

/**
 * How cost grows with what a page holds (one series with 10/100/1,000 credits) and with the
 * catalog (100/1,000/10,000 series). A catalog too big to seed within the budget is made from
 * copies of the seeded default catalog's rows and verified through Strapi; the report says so,
 * with the measured seeding rate and what seeding it would have taken.
 */
export const runScaling = async (options: BenchOptions): Promise<ScalingResult> => {
  const scaling = options.scaling!;
  const creditsSize: CatalogSize = { series: scaling.credits.length, seasons: DEFAULT_SIZE.seasons, credits: scaling.credits, articles: DEFAULT_SIZE.articles };
  log(`scaling by credits on one series: ${describeSize(creditsSize)}`);
  const creditsCatalog = await ensureCatalog(creditsSize, { reseed: options.reseed });
  // The rate of the biggest seed on record: writes slow down as tables grow.
  const defaultSeed = cachedSeedReport(DEFAULT_SIZE);
  const reference = defaultSeed && defaultSeed.documents > creditsCatalog.seed.documents ? defaultSeed : creditsCatalog.seed;
  let seedRate = reference.documents / reference.seconds;

  const credits = await withServer(creditsCatalog, 'scaling-credits', async (url, pid) => {
    const steps: CreditsStep[] = [];
    for (const [index, count] of scaling.credits.entries()) {
      log(`one series with ${count} credits`);
      const points: ScalingPoint[] = [];
      for (const target of SCALING_TARGETS) points.push(await measure(url, pid, target, [seriesSlug(index)], options));
      steps.push({ credits: count, points });
    }
    return steps;
  });

  const catalogs: CatalogStep[] = [];
  for (const series of scaling.catalogSeries) {
    const size: CatalogSize = { ...DEFAULT_SIZE, series };
    const documents = countEntries(size);
    const estimateMinutes = documents / seedRate / 60;
    const estimate = `seeding its ${documents.toLocaleString('en-US')} documents through the Document Service at the measured ${seedRate.toFixed(1)} documents/s would take about ${formatMinutes(estimateMinutes)}`;
    let catalog: Catalog;
    let origin: string;
    if (hasCachedCatalog(size) || estimateMinutes <= scaling.seedBudgetMinutes) {
      log(
        `catalog of ${series} series: seeding through the Document Service (${hasCachedCatalog(size) ? 'cached' : `about ${formatMinutes(estimateMinutes)}`})`
      );
      catalog = await ensureCatalog(size, { reseed: options.reseed, timeoutSeconds: Math.max(scaling.seedBudgetMinutes, estimateMinutes * 2) * 60 });
      if (!catalog.cached) seedRate = catalog.seed.documents / catalog.seed.seconds;
      origin = `seeded through the Document Service in ${formatMinutes(catalog.seed.seconds / 60)}`;
    } else if (series % DEFAULT_SIZE.series === 0) {
      log(
        `catalog of ${series} series: ${estimate}, over the --seed-budget of ${scaling.seedBudgetMinutes} min; replicating the seeded ${DEFAULT_SIZE.series}-series catalog instead`
      );
      const template = await ensureCatalog(DEFAULT_SIZE, { reseed: options.reseed });
      catalog = await ensureReplicatedCatalog(template, series / DEFAULT_SIZE.series);
      origin = `${estimate}; made instead as ${catalog.replication!.copies} copies of the seeded ${DEFAULT_SIZE.series}-series catalog's rows in ${formatMinutes(catalog.replication!.seconds / 60)}`;
    } else {
      const skipped = `not measured: ${estimate}, over the --seed-budget of ${scaling.seedBudgetMinutes} min, and ${series} is no multiple of ${DEFAULT_SIZE.series} to replicate`;
      log(`catalog of ${series} series ${skipped}`);
      catalogs.push({ series, documents, catalog: null, points: [], origin: estimate, skipped, bootSeconds: null });
      continue;
    }
    const slugs = Array.from({ length: series }, (_, i) => seriesSlug(i));
    const started = Date.now();
    const { points, bootSeconds } = await withServer(catalog, `scaling-${series}`, async (url, pid) => {
      const bootSeconds = (Date.now() - started) / 1000;
      if (catalog.replication) {
        const verified = await verifyReplica(url, catalog);
        if (verified.problems.length) throw new Error(`the replicated catalog is not what Strapi reads back:\n${verified.problems.join('\n')}`);
        log(`  replica verified: ${verified.checked} pages through our API and Strapi REST equal their template's`);
        origin += `, verified (${verified.checked} pages read back through our API and Strapi REST equal the template's, shifted)`;
      }
      const measured: ScalingPoint[] = [];
      for (const target of SCALING_TARGETS) measured.push(await measure(url, pid, target, slugs, options));
      return { points: measured, bootSeconds };
    });
    catalogs.push({ series, documents, catalog, points, origin, skipped: null, bootSeconds });
  }
  return { creditsCatalog, credits, catalogs, seedRate };
};
