import type { ComparisonResult, TargetMeasurement } from '../suites/comparison';
import type { TargetId } from '../targets';

export interface GoalResult {
  goal: string;
  measured: string;
  pass: boolean;
  note?: string;
}

const ratio = (value: number) => (value >= 10 ? value.toFixed(0) : value.toFixed(2));

/** The ceiling's CPU per request as a share of ours: what req/s would be if CPU were all that counted. */
const cpuShare = (ours: TargetMeasurement, ceiling: TargetMeasurement) => {
  const [a, b] = [ours.load.serverCpuMsPerRequest, ceiling.load.serverCpuMsPerRequest];
  return a && b ? `; by server CPU per request ${((b / a) * 100).toFixed(1)}% (${a.toFixed(2)} vs ${b.toFixed(2)} ms)` : '';
};

/** The same comparison by server CPU time per request, which contention on a shared machine moves less than req/s. */
const cpuRatio = (ours: TargetMeasurement, other: TargetMeasurement) => {
  const [a, b] = [ours.load.serverCpuMsPerRequest, other.load.serverCpuMsPerRequest];
  return a && b ? `; by server CPU per request ${ratio(b / a)}x (${a.toFixed(2)} vs ${b.toFixed(2)} ms)` : '';
};

/** The targets, as ratios within one run on the default catalog. */
export const evaluateGoals = (result: ComparisonResult): GoalResult[] => {
  const get = (id: TargetId) => result.measurements.find((m) => m.id === id) as TargetMeasurement;
  const ours = get('ours-uncached');
  const plugin = get('plugin-graphql');
  const rest = get('rest-populate');
  const cached = get('ours-cached');
  const bare = get('bare-node');
  const vsPlugin = ours.load.requestsPerSecond / plugin.load.requestsPerSecond;
  const vsRest = ours.load.requestsPerSecond / rest.load.requestsPerSecond;
  const p99Share = ours.load.latencyMs.p99 / plugin.load.latencyMs.p99;
  const statements = ours.probe!.sqlStatements.max;
  const ofCeiling = cached.load.requestsPerSecond / bare.load.requestsPerSecond;
  // A page answered without SQL came from a cache: then the "uncached" figures are not what they claim.
  const uncachedNote = ours.probe!.sqlStatements.min === 0 ? 'some "uncached" requests ran no SQL: a cache answered them' : undefined;
  return [
    {
      note: uncachedNote,
      goal: 'uncached series page >= 20x the req/s of plugin-graphql',
      measured: `${ratio(vsPlugin)}x (${ours.load.requestsPerSecond.toFixed(0)} vs ${plugin.load.requestsPerSecond.toFixed(0)} req/s)${cpuRatio(ours, plugin)}`,
      pass: vsPlugin >= 20,
    },
    {
      goal: 'uncached series page >= 8x the req/s of Strapi REST populate',
      measured: `${ratio(vsRest)}x (${ours.load.requestsPerSecond.toFixed(0)} vs ${rest.load.requestsPerSecond.toFixed(0)} req/s)${cpuRatio(ours, rest)}`,
      pass: vsRest >= 8,
    },
    {
      goal: "uncached p99 <= 1/10 of plugin-graphql's",
      measured: `${ours.load.latencyMs.p99} ms vs ${plugin.load.latencyMs.p99} ms (1/${ratio(1 / p99Share)})`,
      pass: p99Share <= 0.1,
    },
    {
      goal: '<= 6 SQL statements per series page',
      measured: `${statements} (at most, counted by the bench over ${ours.probe!.requests} cache misses; extensions.sqlStatements says ${ours.probe!.sqlStatementsReported ?? '–'})`,
      pass: statements <= 6,
    },
    {
      goal: 'cached path >= 10% of the bare-Node ceiling',
      measured: `${(ofCeiling * 100).toFixed(1)}% (${cached.load.requestsPerSecond.toFixed(0)} vs ${bare.load.requestsPerSecond.toFixed(0)} req/s)${cpuShare(cached, bare)}`,
      pass: ofCeiling >= 0.1,
      note: result.cacheDetected
        ? `${cached.probe!.cacheHits} of ${cached.probe!.requests} probe requests were cache hits (\`x-cache: HIT\`)`
        : `no response cache answered: the repeated GET still ran ${cached.probe!.sqlStatements.median} SQL statements and answered \`cache-control: ${cached.probe!.cacheHeaders['cache-control'] ?? '(none)'}\``,
    },
  ];
};
