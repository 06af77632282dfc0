import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { HttpRequestSpec } from './load/load';
import type { ReaderContext } from './readers';
import { UNIQUE_ID, type SeriesPage, type Target } from './targets';

/** What one request costs the server, read from the bench headers (cms/src/bench/sql-meter.ts). */
export interface ProbeResult {
  requests: number;
  failures: string[];
  /**
   * SQL statements per request: median, and the range seen. A response without the bench's header
   * was answered before Strapi's middleware (our cached fast path): no SQL.
   */
  sqlStatements: { median: number; min: number; max: number };
  /** Responses marked `x-cache: HIT`. */
  cacheHits: number;
  /** Our own count in `extensions.sqlStatements`, when the response has one. */
  sqlStatementsReported: number | null;
  /** Median milliseconds: the whole middleware chain, and the part spent in knex + SQLite. */
  handlerMs: number;
  sqlMs: number;
  /** Median milliseconds as the client saw them, one request at a time. */
  clientMs: number;
  responseBytes: number;
  /** The first response, kept to serve the same bytes from the bare Node server. */
  sample: { body: Buffer; contentType: string };
  /** True when every page equals the reference page for its slug. */
  sameContent: boolean | null;
  pages: Map<string, SeriesPage>;
  cacheHeaders: Record<string, string>;
}

const median = (values: number[]) => {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const CACHE_HEADERS = ['cache-control', 'age', 'x-cache', 'etag'];

/**
 * Sends a target's requests one at a time (so the global SQL counters attribute exactly), checks
 * every response is a series page, and compares it with `reference` pages when given.
 */
export const probe = async (
  baseUrl: string,
  target: Target,
  slugs: string[],
  { rounds = 1, reference, reader }: { rounds?: number; reference?: Map<string, SeriesPage>; reader?: ReaderContext } = {}
): Promise<ProbeResult> => {
  const specs: [string, HttpRequestSpec][] = [];
  const requests = target.requests(slugs, reader);
  for (let r = 0; r < rounds; r += 1) requests.forEach((spec, i) => specs.push([slugs[i], spec]));

  const statements: number[] = [];
  const handler: number[] = [];
  const sql: number[] = [];
  const client: number[] = [];
  const failures: string[] = [];
  const pages = new Map<string, SeriesPage>();
  let reported: number | null = null;
  let sample: ProbeResult['sample'] | undefined;
  let bytes = 0;
  let cacheHits = 0;
  let sameContent: boolean | null = reference && target.page ? true : null;
  const cacheHeaders: Record<string, string> = {};

  for (const [slug, spec] of specs) {
    const started = performance.now();
    const body = spec.body?.replaceAll(UNIQUE_ID, randomUUID());
    const response = await fetch(`${baseUrl}${spec.path}`, { method: spec.method, headers: spec.headers, body });
    const answer = Buffer.from(await response.arrayBuffer());
    client.push(performance.now() - started);
    if (response.headers.get('x-cache') === 'HIT') cacheHits += 1;
    if (!sample) {
      sample = { body: answer, contentType: response.headers.get('content-type') ?? 'application/json' };
      for (const name of CACHE_HEADERS) if (response.headers.has(name)) cacheHeaders[name] = response.headers.get(name)!;
    }
    bytes = answer.length;
    statements.push(Number(response.headers.get('x-bench-sql-statements') ?? 0));
    handler.push(Number(response.headers.get('x-bench-handler-ms') ?? NaN));
    sql.push(Number(response.headers.get('x-bench-sql-ms') ?? NaN));
    let parsed: any = null;
    try {
      parsed = JSON.parse(answer.toString('utf8'));
    } catch {
      // reported below as not a series page
    }
    if (Array.isArray(parsed?.errors) && parsed.errors.length && failures.length < 5)
      failures.push(`${slug}: GraphQL errors ${JSON.stringify(parsed.errors).slice(0, 300)}`);
    if (!target.page) {
      if (!response.ok && failures.length < 5) failures.push(`HTTP ${response.status}`);
      continue;
    }
    const page = response.ok ? target.page(parsed) : null;
    if (!page) {
      if (failures.length < 5) failures.push(`${slug}: HTTP ${response.status} ${answer.toString('utf8').slice(0, 300)}`);
      continue;
    }
    if (typeof parsed?.extensions?.sqlStatements === 'number') reported = Math.max(reported ?? 0, parsed.extensions.sqlStatements);
    pages.set(slug, page);
    const expected = reference?.get(slug);
    if (reference && (!expected || !isDeepStrictEqual(expected, page))) sameContent = false;
  }
  const finite = statements.filter(Number.isFinite);
  return {
    requests: specs.length,
    failures,
    sqlStatements: { median: median(finite), min: Math.min(...finite), max: Math.max(...finite) },
    sqlStatementsReported: reported,
    cacheHits,
    handlerMs: median(handler.filter(Number.isFinite)),
    sqlMs: median(sql.filter(Number.isFinite)),
    clientMs: median(client),
    responseBytes: bytes,
    sample: sample!,
    sameContent,
    pages,
    cacheHeaders,
  };
};
