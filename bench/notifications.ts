/**
 * npm run bench:notifications — the notification spine's two figures (issue 14):
 *
 * 1. Fan-out: one article.published to 100,000 followers of a series, planned by the spine's own
 *    planner into one in-app row each; reported as rows planned per second (target: all in ≤ 10 s).
 * 2. Push: the same pushes sent by the spine's worker (claim, encrypt, send, record) to a loopback
 *    HTTPS push service, beside raw `web-push` sendNotification to the same service with the same
 *    concurrency in the same run (target: spine ≥ 50 % of raw). The gap is the spine's overhead.
 *
 * Runs Strapi in this process on a fresh SQLite database (the demo host's build; `npm run build`
 * first). Options: --followers N (100000), --pushes N (2000). Results: bench/results/notifications.md.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import webpush from 'web-push';
import { bootStrapi } from '../scripts/lib/strapi';
import { createFollowers, execute, type DatabaseRef } from '../scripts/lib/bulk-followers';
import { browserSubscription, makeCertificate, startPushService } from '../scripts/lib/push-service';
import { benchEnv } from './support/env';

const ROOT = path.resolve(__dirname, '..');
const arg = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const FOLLOWERS = arg('followers', 100_000);
const PUSHES = arg('pushes', 2000);
const CONCURRENCY = 16;

/** The spine trusts the loopback push service only through NODE_EXTRA_CA_CERTS, which Node reads at start: run again with it. */
if (!process.env.BENCH_PUSH_CERT_DIR) {
  const { dir, cert } = makeCertificate();
  const result = spawnSync(process.execPath, [...process.execArgv, __filename, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_PUSH_CERT_DIR: dir, NODE_EXTRA_CA_CERTS: cert },
  });
  fs.rmSync(dir, { recursive: true, force: true });
  process.exit(result.status ?? 1);
}

const rate = (count: number, ms: number) => Math.round((count / ms) * 1000);

const main = async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-bench-notifications-'));
  const database: DatabaseRef = { kind: 'sqlite', env: { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: path.join(dir, 'data.db') } };
  const vapid = webpush.generateVAPIDKeys();
  const push = await startPushService(process.env.BENCH_PUSH_CERT_DIR);
  Object.assign(
    process.env,
    benchEnv(database.env.DATABASE_FILENAME, {
      SHOWRUNNER_DEMO_CONTENT: 'on',
      // The loops stay off: the bench drives the planner and the worker itself, to time them alone.
      SHOWRUNNER_NOTIFICATIONS: 'off',
      SHOWRUNNER_NOTIFICATIONS_CONCURRENCY: String(CONCURRENCY),
      SHOWRUNNER_PUSH_ALLOW_PRIVATE: 'true',
      SHOWRUNNER_VAPID_PUBLIC_KEY: vapid.publicKey,
      SHOWRUNNER_VAPID_PRIVATE_KEY: vapid.privateKey,
      SHOWRUNNER_VAPID_SUBJECT: 'mailto:bench@showrunner.test',
    })
  );
  const strapi = await bootStrapi({ serveAdminPanel: false });
  await strapi.load();
  const spine = strapi.plugin('showrunner').service('notifications') as {
    planPending(): Promise<number>;
    sendDue(limit?: number): Promise<number>;
  };
  const documents = (uid: string) => strapi.documents(uid as never) as any;
  const [ballard] = await execute(database, 'select document_id from showrunner_series where slug = ? limit 1', ['ballard']);
  await spine.planPending(); // sets the planner's watermark past the demo content

  // 1. Fan-out.
  await createFollowers(database, 'bench', FOLLOWERS, ballard.document_id);
  const publish = (headline: string) =>
    documents('plugin::showrunner.article').create({
      data: {
        headline,
        slug: `${headline.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now()}`,
        publishedOn: new Date().toISOString(),
        series: [ballard.document_id],
      },
      locale: 'de',
      status: 'published',
    });
  await publish('Ballard: Die große Ankündigung');
  let started = performance.now();
  await spine.planPending();
  const fanOutMs = performance.now() - started;
  const [{ n: planned }] = await execute(database, `select count(*) as n from showrunner_notification_deliveries where channel = 'inapp'`);

  // 2. Push: PUSHES of the followers get a browser each (the rest keep only the inbox: push is off for them).
  await execute(database, 'delete from showrunner_follows where reader_id not in (select id from up_users where username like ? order by id limit ?)', [
    'bench%',
    PUSHES,
  ]);
  const browsers = Array.from({ length: PUSHES }, (_, i) => browserSubscription(`${push.url}/b/${i}`));
  const readers = await execute(database, 'select id from up_users where username like ? order by id limit ?', ['bench%', PUSHES]);
  const subscriptions = strapi.db.query('plugin::showrunner.push-subscription' as never);
  for (const [i, reader] of readers.entries()) {
    await subscriptions.create({
      data: { userId: reader.id, endpoint: browsers[i].endpoint, endpointHash: `bench-${i}`, p256dh: browsers[i].keys.p256dh, auth: browsers[i].keys.auth },
    });
  }
  // The raw library: the same subscriptions and payload size, the same concurrency, no database.
  // Measured before and after the spine and averaged, so a change in the machine's load during
  // the run does not favour one side.
  const payload = JSON.stringify({
    title: 'Ballard',
    body: 'Ballard: Der Trailer ist da',
    url: '/news/ballard-der-trailer-ist-da',
    tag: `series:${ballard.document_id}`,
  });
  const raw = async () => {
    push.received.length = 0;
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < browsers.length) {
          const { endpoint, keys } = browsers[next++];
          await webpush.sendNotification({ endpoint, keys }, payload, {
            TTL: 86_400,
            vapidDetails: { subject: 'mailto:bench@showrunner.test', ...vapid },
            contentEncoding: 'aes128gcm',
          });
        }
      })
    );
    return { sent: push.received.length, ms: performance.now() - started };
  };
  const rawBefore = await raw();

  await publish('Ballard: Der Trailer ist da');
  await spine.planPending();
  push.received.length = 0;
  started = performance.now();
  while ((await spine.sendDue(CONCURRENCY)) > 0);
  const spineMs = performance.now() - started;
  const spineSent = push.received.filter((r) => r.answered === 201).length;

  const rawAfter = await raw();
  const rawSent = rawBefore.sent + rawAfter.sent;
  const rawMs = rawBefore.ms + rawAfter.ms;

  await strapi.destroy();
  await push.close();
  fs.rmSync(dir, { recursive: true, force: true });

  const fanOutRate = rate(Number(planned), fanOutMs);
  const [spineRate, rawRate] = [rate(spineSent, spineMs), rate(rawSent, rawMs)];
  const share = Math.round((spineRate / rawRate) * 100);
  const lines = [
    '# Notifications benchmark',
    '',
    `Run ${new Date().toISOString()} on ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, Node ${process.version}, SQLite, \`npm run bench:notifications\`${process.argv.length > 2 ? ` (${process.argv.slice(2).join(' ')})` : ''}.`,
    '',
    '| measure | result | target | met |',
    '|---|---|---|---|',
    `| fan-out of one article.published to ${FOLLOWERS.toLocaleString('en')} followers | ${Number(planned).toLocaleString('en')} in-app rows in ${(fanOutMs / 1000).toFixed(1)} s = **${fanOutRate.toLocaleString('en')} rows/s** | all planned in ≤ 10 s | ${fanOutMs <= 10_000 ? 'yes' : 'no'} |`,
    `| push sends through the spine (claim, encrypt, send, record), concurrency ${CONCURRENCY} | ${spineSent.toLocaleString('en')} in ${(spineMs / 1000).toFixed(1)} s = **${spineRate.toLocaleString('en')}/s** | ≥ 50 % of raw | ${share >= 50 ? 'yes' : 'no'} (${share} %) |`,
    `| raw \`web-push\` sendNotification, same service and concurrency (once before and once after the spine) | ${rawSent.toLocaleString('en')} in ${(rawMs / 1000).toFixed(1)} s = **${rawRate.toLocaleString('en')}/s** | (reference) | |`,
    '',
    'The push service is a loopback HTTPS server answering 201 (scripts/lib/push-service.ts); both sides encrypt every payload (aes128gcm) and sign a VAPID JWT per request.',
    '',
  ];
  fs.mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
  fs.writeFileSync(path.join(ROOT, 'bench', 'results', 'notifications.md'), lines.join('\n'));
  console.log(lines.join('\n'));
  process.exit(0);
};

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
