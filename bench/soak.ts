/**
 * `npm run bench:soak`: 100 concurrent clients for 60 s of mixed public queries against a real
 * server on the demo content. Not a test: it reports errors, throughput, latency and the server's
 * RSS over time (bench/results/soak.md). Flags: --connections N --seconds N.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { launchStrapi } from '../scripts/lib/launch';
import { benchEnv } from './support/env';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at === -1 ? fallback : Number(process.argv[at + 1]);
};

const QUERIES = [
  '{ series(slug: "ballard") { title seasons { number episodeCount } cast(first: 50) { nodes { person { name } roles { character } } } news(first: 10) { nodes { headline publishedAt } } } }',
  '{ person(slug: "rosanna-arquette") { name credits { series { title } characters } relatives { person { name } detail } } }',
  '{ article(slug: "ballard-rosanna-arquette-staffel-2") { headline teaser author { name } series { title } people { name } } }',
  '{ seriesList(filter: { franchise: "bosch" }) { totalCount nodes { title status } } }',
  '{ search(query: "ballard") { totalCount nodes { __typename } } }',
  '{ articles(filter: { series: "ballard" }) { nodes { headline } } }',
];

const rss = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

const main = async () => {
  const connections = flag('connections', 100);
  const seconds = flag('seconds', 60);
  const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-soak-'));
  console.log('[soak] starting Strapi on the demo content …');
  const server = await launchStrapi({ env: benchEnv(path.join(databaseDir, 'data.db'), { SHOWRUNNER_DEMO_CONTENT: 'on' }) });
  const pid = server.process.pid!;
  const samples: { at: number; rss: number }[] = [{ at: 0, rss: rss(pid) }];
  let counter = 0;
  try {
    const started = Date.now();
    const sampler = setInterval(() => samples.push({ at: Math.round((Date.now() - started) / 1000), rss: rss(pid) }), 5000);
    const result = await autocannon({
      url: `${server.url}/graphql`,
      connections,
      duration: seconds,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      // Every request one of the queries, some with a page size that varies, so caches see misses too.
      requests: [
        {
          setupRequest: (request: Record<string, unknown>) => {
            counter += 1;
            const query = QUERIES[counter % QUERIES.length].replace('first: 10', `first: ${1 + (counter % 25)}`);
            return { ...request, body: JSON.stringify({ query }) };
          },
        },
      ],
    });
    clearInterval(sampler);
    samples.push({ at: seconds, rss: rss(pid) });
    const errors = result.errors + result.timeouts + result.non2xx;
    const lines = [
      '# Soak: mixed public queries',
      '',
      `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by \`npm run bench:soak\`: ${connections} concurrent clients for ${seconds} s, six query shapes in turn (series page, person, article, filtered list, search, article list) with varying page sizes, against one Strapi on SQLite with the demo content, on this 2-core machine.`,
      '',
      '| requests | errors (network, timeouts, non-2xx) | req/s (mean) | p50 ms | p99 ms | RSS MB at start | RSS MB at end | RSS MB max |',
      '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
      `| ${result.requests.total} | ${errors} | ${Math.round(result.requests.average)} | ${result.latency.p50} | ${result.latency.p99} | ${Math.round(samples[0].rss)} | ${Math.round(samples.at(-1)!.rss)} | ${Math.round(Math.max(...samples.map((s) => s.rss)))} |`,
      '',
      `RSS over time (s: MB): ${samples.map((s) => `${s.at}: ${Math.round(s.rss)}`).join(', ')}`,
      '',
    ];
    fs.mkdirSync(path.join(__dirname, 'results'), { recursive: true });
    fs.writeFileSync(path.join(__dirname, 'results', 'soak.md'), lines.join('\n'));
    console.log(lines.join('\n'));
    if (errors > 0) process.exitCode = 1;
  } finally {
    await server.stop();
    fs.rmSync(databaseDir, { recursive: true, force: true });
  }
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
