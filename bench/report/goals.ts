import type { ComparisonResult, TargetMeasurement } from '../suites/comparison';
import type { TargetId } from '../targets';

export interface GoalResult {
  goal: string;
  measured: string;
  pass: boolean;
  note?: string;
}

const ratio = (value: number) => (value >= 10 ? value.toFixed(0) : value.toFixed(2));
/** A ratio of req/s, or why there is none (a short run in which the slower side answered nothing). */
const times = (value: number) => (Number.isFinite(value) ? `${ratio(value)}x` : 'n/a (no request answered in the run)');
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** How far a miss is from its target, as the share of the target reached. */
export const shortfall = (reached: number, target: number, pass: boolean) => (pass ? '' : `; ${percent(reached / target)} of the target`);

/** The ceiling's CPU per request as a share of ours: what req/s would be if CPU were all that counted. */
const cpuShare = (ours: TargetMeasurement, other: TargetMeasurement) => {
  const [a, b] = [ours.load.serverCpuMsPerRequest, other.load.serverCpuMsPerRequest];
  return a && b ? `; by server CPU per request ${percent(b / a)} (${a.toFixed(2)} vs ${b.toFixed(2)} ms)` : '';
};

/** The same comparison by server CPU time per request, which contention on a shared machine moves less than req/s. */
const cpuRatio = (ours: TargetMeasurement, other: TargetMeasurement) => {
  const [a, b] = [ours.load.serverCpuMsPerRequest, other.load.serverCpuMsPerRequest];
  return a && b ? `; by server CPU per request ${ratio(b / a)}x (${a.toFixed(2)} vs ${b.toFixed(2)} ms)` : '';
};

/**
 * Statements of a page: the most any probe request reported in extensions.sqlStatements (counted
 * in the request's own async context), else the bench's count. The bench's meter counts every
 * statement the process sends while a request runs, so background work (schedulers, outbox
 * polling) can add to its maximum; its median is shown beside.
 */
const statementsOf = (m: TargetMeasurement) => m.probe!.sqlStatementsReported ?? m.probe!.sqlStatements.max;

const countedBy = (m: TargetMeasurement, what: string) =>
  `${statementsOf(m)} (at most, extensions.sqlStatements over ${m.probe!.requests} requests ${what}; the bench's count over the whole request: median ${m.probe!.sqlStatements.median}, at most ${m.probe!.sqlStatements.max})`;

/** The issue's targets, as ratios within one run on the default catalog, for one database. */
export const evaluateGoals = (result: ComparisonResult): GoalResult[] => {
  const get = (id: TargetId) => result.measurements.find((m) => m.id === id) as TargetMeasurement;
  const ours = get('ours-uncached');
  const plugin = get('plugin-graphql');
  const rest = get('rest-populate');
  const cached = get('ours-cached');
  const bare = get('bare-node');
  const floor = get('ours-trivial');
  const fullBallard = get('full-page-ballard');
  const fullCatalog = get('full-page-synthetic');
  const rps = (m: TargetMeasurement) => m.load.requestsPerSecond;
  const vsPlugin = rps(ours) / rps(plugin);
  const vsRest = rps(ours) / rps(rest);
  const p99Share = ours.load.latencyMs.p99 / plugin.load.latencyMs.p99;
  const ofCeiling = rps(cached) / rps(bare);
  // A page answered without SQL came from a cache: then the "uncached" figures are not what they claim.
  const uncachedNote = ours.probe!.sqlStatements.min === 0 ? 'some "uncached" requests ran no SQL: a cache answered them' : undefined;
  const ofFloor = (m: TargetMeasurement, target: number, what: string): GoalResult => {
    const share = rps(m) / rps(floor);
    return {
      goal: `${what} >= ${target * 100}% of the \`{ apiVersion }\` floor's req/s`,
      measured: `${percent(share)} (${rps(m).toFixed(0)} vs ${rps(floor).toFixed(0)} req/s)${cpuShare(m, floor)}${shortfall(share, target, share >= target)}`,
      pass: share >= target,
    };
  };
  const fullStatements = Math.max(statementsOf(fullBallard), statementsOf(fullCatalog));
  return [
    {
      note: uncachedNote,
      goal: 'uncached series page >= 20x the req/s of plugin-graphql',
      measured: `${times(vsPlugin)} (${rps(ours).toFixed(0)} vs ${rps(plugin).toFixed(0)} req/s)${cpuRatio(ours, plugin)}${shortfall(vsPlugin, 20, vsPlugin >= 20)}`,
      pass: Number.isFinite(vsPlugin) && vsPlugin >= 20,
    },
    {
      goal: 'uncached series page >= 8x the req/s of Strapi REST populate',
      measured: `${times(vsRest)} (${rps(ours).toFixed(0)} vs ${rps(rest).toFixed(0)} req/s)${cpuRatio(ours, rest)}${shortfall(vsRest, 8, vsRest >= 8)}`,
      pass: Number.isFinite(vsRest) && vsRest >= 8,
    },
    ofFloor(ours, 0.5, 'uncached series page'),
    {
      goal: '<= 6 SQL statements per series page',
      measured: countedBy(ours, 'that missed the cache'),
      pass: statementsOf(ours) <= 6,
    },
    {
      goal: "uncached p99 <= 1/10 of plugin-graphql's",
      measured: `${ours.load.latencyMs.p99} ms vs ${plugin.load.latencyMs.p99} ms (${plugin.load.latencyMs.p99 > 0 ? `1/${ratio(1 / p99Share)}` : 'n/a'})`,
      pass: plugin.load.latencyMs.p99 > 0 && p99Share <= 0.1,
    },
    ofFloor(fullBallard, 0.25, 'full page, Ballard as shipped,'),
    ofFloor(fullCatalog, 0.25, 'full page, every series of the synthetic catalog,'),
    {
      goal: '<= 12 SQL statements per full page',
      measured: `Ballard ${countedBy(fullBallard, 'on Ballard')}; synthetic catalog ${countedBy(fullCatalog, 'over every series')}`,
      pass: fullStatements <= 12,
    },
    {
      goal: 'cached path >= 10% of the bare-Node ceiling',
      measured: `${percent(ofCeiling)} (${rps(cached).toFixed(0)} vs ${rps(bare).toFixed(0)} req/s)${cpuShare(cached, bare)}`,
      pass: ofCeiling >= 0.1,
      note: result.cacheDetected
        ? `${cached.probe!.cacheHits} of ${cached.probe!.requests} probe requests were cache hits (\`x-cache: HIT\`)`
        : `no response cache answered: the repeated GET still ran ${cached.probe!.sqlStatements.median} SQL statements and answered \`cache-control: ${cached.probe!.cacheHeaders['cache-control'] ?? '(none)'}\``,
    },
  ];
};
