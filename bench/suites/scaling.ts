import fs from 'node:fs';
import { cachedSeedReport, copyCatalog, ensureCatalog, ensureReplicatedCatalog, hasCachedCatalog, type Catalog } from '../catalog/catalog';
import { tableScans, type TableScan } from '../catalog/explain';
import { verifyReplica } from '../catalog/verify-replica';
import { countEntries, DEFAULT_SIZE, describeSize, seriesSlug, type CatalogSize } from '../catalog/synthetic';
import { runLoad, type MeasuredLoad } from '../load/load';
import type { BenchOptions } from '../options';
import { probe } from '../probe';
import { startStrapi } from '../server/strapi-server';
import { TARGETS, type TargetId } from '../targets';
import { traceRequest } from '../trace';

export const SCALING_TARGETS: TargetId[] = ['ours-uncached', 'full-page-synthetic', 'plugin-graphql', 'rest-populate'];

export interface ScalingPoint {
  target: TargetId;
  sqlStatements: number;
  /** Rows the page's statements returned, from a traced request for the first slug. */
  sqlRows: number;
  handlerMs: number;
  sqlMs: number;
  responseBytes: number;
  /** Tables of more than 1,000 rows that one of the page's statements reads end to end (EXPLAIN QUERY PLAN). */
  scans: TableScan[];
  /** Median over the rounds. */
  load: MeasuredLoad;
  rounds: number[];
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
  rounds: number;
}

const log = (message: string) => process.stdout.write(`[bench] ${message}\n`);

const formatMinutes = (minutes: number) =>
  minutes < 1 ? `${Math.round(minutes * 60)} s` : minutes < 120 ? `${Math.round(minutes)} min` : `${(minutes / 60).toFixed(1)} h`;

/** One cell of the tables: a target on one server for some slugs (one series, or the whole catalog in turn). */
interface Cell {
  url: string;
  pid: number;
  /** The SQLite file the server runs on, to ask for the plans of the page's statements. */
  database: string;
  target: TargetId;
  slugs: string[];
  label: string;
  probe?: Omit<ScalingPoint, 'load' | 'rounds'>;
  loads: MeasuredLoad[];
}

/** Probes a cell one request at a time and traces one request: SQL per request, rows read, server time. */
const probeCell = async (cell: Cell) => {
  const probed = await probe(cell.url, TARGETS[cell.target], cell.slugs.slice(0, 50), { rounds: cell.slugs.length === 1 ? 10 : 1 });
  if (probed.failures.length) throw new Error(`${cell.label} ${cell.target} failed:\n${probed.failures.join('\n')}`);
  const trace = await traceRequest(cell.url, TARGETS[cell.target].requests(cell.slugs.slice(0, 1))[0]);
  cell.probe = {
    target: cell.target,
    sqlStatements: probed.sqlStatements.median,
    sqlRows: trace.reduce((sum, statement) => sum + (statement.rows ?? 0), 0),
    handlerMs: probed.handlerMs,
    sqlMs: probed.sqlMs,
    responseBytes: probed.responseBytes,
    scans: cell.target.startsWith('ours') || cell.target.startsWith('full-page') ? tableScans(cell.database, trace) : [],
  };
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];

/**
 * Loads every cell briefly, in rounds that interleave them (so drift on the shared machine hits
 * every step alike, as in the comparison), and keeps the round with the median req/s per cell.
 */
const loadCells = async (cells: Cell[], options: BenchOptions, rounds: number) => {
  for (let round = 1; round <= rounds; round += 1) {
    for (const cell of cells) {
      const load = await runLoad(
        {
          url: cell.url,
          connections: options.load.connections,
          durationSeconds: Math.max(3, Math.round(options.load.durationSeconds / 2)),
          warmupSeconds: 1,
          requests: TARGETS[cell.target].requests(cell.slugs),
        },
        cell.pid
      );
      cell.loads.push(load);
      log(
        `  round ${round}/${rounds} ${cell.label.padEnd(14)} ${cell.target.padEnd(19)} ${load.requestsPerSecond.toFixed(0).padStart(6)} req/s  ` +
          `p50 ${load.latencyMs.p50} ms  p99 ${load.latencyMs.p99} ms  CPU ${load.serverCpuMsPerRequest?.toFixed(2) ?? '–'} ms/request`
      );
    }
  }
};

const pointOf = (cell: Cell): ScalingPoint => {
  const rps = cell.loads.map((load) => load.requestsPerSecond);
  const middle = cell.loads.find((load) => load.requestsPerSecond === median(rps))!;
  const cpu = cell.loads.map((load) => load.serverCpuMsPerRequest).filter((ms): ms is number => ms !== null);
  const point = { ...cell.probe!, load: { ...middle, serverCpuMsPerRequest: cpu.length ? median(cpu) : null }, rounds: rps };
  log(
    `  ${cell.label.padEnd(14)} ${cell.target.padEnd(19)} SQL ${String(point.sqlStatements).padStart(4)} (${point.sqlRows} rows)  ` +
      `server ${point.handlerMs.toFixed(1)} ms (SQL ${point.sqlMs.toFixed(1)})  ${point.load.requestsPerSecond.toFixed(0)} req/s (median of ${rps.length})`
  );
  return point;
};

const startOn = async (catalog: Catalog, name: string) => {
  const database = copyCatalog(catalog, name);
  const server = await startStrapi(database, name);
  return {
    ...server,
    database,
    stop: async () => {
      await server.stop();
      fs.rmSync(database, { force: true });
    },
  };
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
  const creditsCatalog = await ensureCatalog(creditsSize, { reseed: options.reseed, staleOk: options.staleCatalog });
  // The rate of the biggest seed on record: writes slow down as tables grow.
  const defaultSeed = cachedSeedReport(DEFAULT_SIZE);
  const reference = defaultSeed && defaultSeed.documents > creditsCatalog.seed.documents ? defaultSeed : creditsCatalog.seed;
  let seedRate = reference.documents / reference.seconds;

  const rounds = scaling.rounds;
  const creditServer = await startOn(creditsCatalog, 'scaling-credits');
  let credits: CreditsStep[];
  try {
    const cells = scaling.credits.flatMap((count, index) =>
      SCALING_TARGETS.map((target): Cell => ({ ...creditServer, target, slugs: [seriesSlug(index)], label: `${count} credits`, loads: [] }))
    );
    for (const cell of cells) await probeCell(cell);
    await loadCells(cells, options, rounds);
    credits = scaling.credits.map((count) => ({ credits: count, points: cells.filter((cell) => cell.label === `${count} credits`).map(pointOf) }));
  } finally {
    await creditServer.stop();
  }

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
      catalog = await ensureCatalog(size, {
        reseed: options.reseed,
        staleOk: options.staleCatalog,
        timeoutSeconds: Math.max(scaling.seedBudgetMinutes, estimateMinutes * 2) * 60,
      });
      if (!catalog.cached) seedRate = catalog.seed.documents / catalog.seed.seconds;
      origin = `seeded through the Document Service in ${formatMinutes(catalog.seed.seconds / 60)}${catalog.stale ? ` (stale: seeded ${catalog.stale.seededAt.slice(0, 16)}, before the content model last changed)` : ''}`;
    } else if (series % DEFAULT_SIZE.series === 0) {
      log(
        `catalog of ${series} series: ${estimate}, over the --seed-budget of ${scaling.seedBudgetMinutes} min; replicating the seeded ${DEFAULT_SIZE.series}-series catalog instead`
      );
      const template = await ensureCatalog(DEFAULT_SIZE, { reseed: options.reseed, staleOk: options.staleCatalog });
      catalog = await ensureReplicatedCatalog(template, series / DEFAULT_SIZE.series);
      origin = `${estimate}; made instead as ${catalog.replication!.copies} copies of the seeded ${DEFAULT_SIZE.series}-series catalog's rows in ${formatMinutes(catalog.replication!.seconds / 60)}`;
    } else {
      const skipped = `not measured: ${estimate}, over the --seed-budget of ${scaling.seedBudgetMinutes} min, and ${series} is no multiple of ${DEFAULT_SIZE.series} to replicate`;
      log(`catalog of ${series} series ${skipped}`);
      catalogs.push({ series, documents, catalog: null, points: [], origin: estimate, skipped, bootSeconds: null });
      continue;
    }
    catalogs.push({ series, documents, catalog, points: [], origin, skipped: null, bootSeconds: null });
  }

  // Every catalog's server runs at once, idle but for the one under load, so their rounds can interleave.
  const measured = catalogs.filter((step) => step.catalog);
  const servers: Awaited<ReturnType<typeof startOn>>[] = [];
  try {
    for (const step of measured) {
      const started = Date.now();
      const server = await startOn(step.catalog!, `scaling-${step.series}`);
      servers.push(server);
      step.bootSeconds = (Date.now() - started) / 1000;
      if (step.catalog!.replication) {
        const verified = await verifyReplica(server.url, step.catalog!);
        if (verified.problems.length) throw new Error(`the replicated catalog is not what Strapi reads back:\n${verified.problems.join('\n')}`);
        log(`  ${step.series} series: replica verified: ${verified.checked} pages through our API and Strapi REST equal their template's`);
        step.origin += `, verified (${verified.checked} pages read back through our API and Strapi REST equal the template's, shifted)`;
      }
    }
    const cells = measured.flatMap((step, i) => {
      const slugs = Array.from({ length: step.series }, (_, n) => seriesSlug(n));
      return SCALING_TARGETS.map((target): Cell => ({ ...servers[i], target, slugs, label: `${step.series} series`, loads: [] }));
    });
    for (const cell of cells) await probeCell(cell);
    await loadCells(cells, options, rounds);
    for (const step of measured) step.points = cells.filter((cell) => cell.label === `${step.series} series`).map(pointOf);
  } finally {
    for (const server of servers) await server.stop();
  }
  return { creditsCatalog, credits, catalogs, seedRate, rounds };
};
