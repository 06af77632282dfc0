import fs from 'node:fs';

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time per area of the code (package, or our own folders), largest first. */
  byArea: { area: string; ms: number; share: number }[];
  /** Self time per function, largest first. */
  byFunction: { name: string; area: string; ms: number; share: number }[];
  /** Inclusive time of frames whose area matches, e.g. everything under knex. */
  inclusive: { area: string; ms: number; share: number }[];
}

/** Which part of the stack a script belongs to: an npm package, one of our folders, or Node itself. */
export const areaOf = (url: string) => {
  if (!url) return '(native)';
  const packages = url.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g);
  if (packages) return packages[packages.length - 1].replace('node_modules/', '');
  if (url.startsWith('node:')) return 'node:internal';
  const ours =
    url.match(/\/(graphql)\/(?:dist\/graphql\/)?src\/([^/]+)/) ??
    url.match(/\/cms\/src\/plugins\/(showrunner)\/(?:dist\/)?server\/([^/]+)/) ??
    url.match(/\/(plugin)\/(?:dist\/)?server\/(?:src\/)?([^/]+)/) ??
    url.match(/\/(cms)\/(?:dist\/)?src\/([^/]+)/) ??
    url.match(/\/(bench|scripts)\/([^/]+)/);
  return ours ? `${ours[1]}/${ours[2].replace(/\.(js|ts)$/, '')} (ours)` : url.replace(/^file:\/\//, '');
};

const percent = (ms: number, total: number) => Math.round((ms / total) * 1000) / 10;

const SPECIAL = new Set(['(root)', '(program)', '(idle)', '(garbage collector)']);

/**
 * Self and inclusive time from a V8 .cpuprofile (as written by `node --cpu-prof` or the inspector).
 * A native frame (no script) counts for the area of the JavaScript that called it, so the time
 * SQLite spends in its C++ statement code lands on better-sqlite3, not on "native". Samples whose
 * stack contains `exclude` (the profiler's own stop request) are left out.
 */
export const summarizeProfile = (file: string, { top = 25, exclude = /cpu-profile/ } = {}): ProfileSummary => {
  const profile = JSON.parse(fs.readFileSync(file, 'utf8')) as CpuProfile;
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const stackOf = (id: number) => {
    const stack: CallFrame[] = [];
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) stack.push(nodes.get(at)!.callFrame);
    return stack;
  };
  const areaOfStack = (stack: CallFrame[]) => {
    if (stack[0].functionName === '(garbage collector)') return '(gc)';
    const script = stack.find((frame) => frame.url);
    return script ? areaOf(script.url) : '(native)';
  };

  const byArea = new Map<string, number>();
  const byFunction = new Map<string, { area: string; ms: number }>();
  const inclusive = new Map<string, number>();
  let totalMs = 0;
  profile.samples.forEach((id, i) => {
    const ms = (profile.timeDeltas[i] ?? 0) / 1000;
    const stack = stackOf(id);
    const frame = stack[0];
    if (SPECIAL.has(frame.functionName) && frame.functionName !== '(garbage collector)') return;
    if (stack.some((f) => exclude.test(f.url))) return;
    totalMs += ms;
    const area = areaOfStack(stack);
    byArea.set(area, (byArea.get(area) ?? 0) + ms);
    const where = frame.url
      ? `${frame.url
          .replace(/^.*node_modules\//, '')
          .replace(/^.*\/work\/main\//, '')
          .replace(/^file:\/\//, '')}:${frame.lineNumber + 1}`
      : '(native)';
    const name = `${frame.functionName || '(anonymous)'} ${where}`;
    const entry = byFunction.get(name) ?? { area, ms: 0 };
    entry.ms += ms;
    byFunction.set(name, entry);
    // Each area counted once per sample, however often it recurs on the stack.
    for (const a of new Set(stack.filter((f) => f.url).map((f) => areaOf(f.url)))) inclusive.set(a, (inclusive.get(a) ?? 0) + ms);
  });
  const sorted = <T extends { ms: number }>(rows: T[]) => rows.sort((a, b) => b.ms - a.ms).slice(0, top);
  return {
    totalMs,
    byArea: sorted([...byArea].map(([area, ms]) => ({ area, ms, share: percent(ms, totalMs) }))),
    byFunction: sorted([...byFunction].map(([name, { area, ms }]) => ({ name, area, ms, share: percent(ms, totalMs) }))),
    // node:internal sits under nearly every stack (timers, streams, microtasks), so it says nothing here.
    inclusive: sorted([...inclusive].filter(([area]) => area !== 'node:internal').map(([area, ms]) => ({ area, ms, share: percent(ms, totalMs) }))),
  };
};

if (require.main === module) {
  const summary = summarizeProfile(process.argv[2], { top: Number(process.argv[3] ?? 25) });
  console.log(`total ${summary.totalMs.toFixed(0)} ms on CPU`);
  console.log('\nself time by area');
  for (const row of summary.byArea) console.log(`${row.share.toFixed(1).padStart(6)}%  ${row.area}`);
  console.log('\ninclusive time by area');
  for (const row of summary.inclusive) console.log(`${row.share.toFixed(1).padStart(6)}%  ${row.area}`);
  console.log('\nself time by function');
  for (const row of summary.byFunction) console.log(`${row.share.toFixed(1).padStart(6)}%  ${row.name}`);
}
