import { randomBytes } from 'node:crypto';
import { databaseKinds, type TestDatabase } from '../support/databases';
import { startServer, type TestServer } from '../support/server';
import { adminApi, startReceiver, type AdminApi, type Receiver } from '../support/webhook-receiver';
import { bootedDatabase } from '../support/templates';

jest.setTimeout(300_000);

const PERSON = 'plugin::showrunner.person';
const DELIVERY = 'plugin::showrunner.webhook-delivery';
const ATTEMPT = 'plugin::showrunner.webhook-attempt';

const secret = `whsec_${randomBytes(32).toString('base64')}`;

const settings = (receiver: Receiver, extra: Record<string, string> = {}) => ({
  SHOWRUNNER_DEMO_CONTENT: 'off',
  SHOWRUNNER_WEBHOOKS_ALLOW_PRIVATE: 'true',
  SHOWRUNNER_WEBHOOKS_POLL_MS: '100',
  SHOWRUNNER_WEBHOOKS_BACKOFF_BASE_MS: '100',
  SHOWRUNNER_WEBHOOKS_BACKOFF_MAX_MS: '1000',
  SHOWRUNNER_WEBHOOKS_TIMEOUT_MS: '1500',
  SHOWRUNNER_WEBHOOKS: JSON.stringify([{ url: `${receiver.url}/showrunner`, secret, events: [] }]),
  ...extra,
});

const publishPeople = (admin: AdminApi, prefix: string, count: number) =>
  Promise.all(
    Array.from({ length: count }, (_, i) =>
      admin.createPublished(PERSON, { name: `${prefix} ${i + 1}`, slug: `${prefix}-${i + 1}`.toLowerCase().replace(/\s+/g, '-') }, 'de')
    )
  );

/**
 * The deliveries once none is pending: a receiver has its copy before the sender records the
 * outcome (attempt and delivery state), so tests read them after this.
 */
const settledDeliveries = async (admin: AdminApi) => {
  let deliveries = await admin.findMany(DELIVERY, '&pageSize=100');
  for (const until = Date.now() + 30_000; deliveries.some((delivery) => delivery.state === 'pending') && Date.now() < until;) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    deliveries = await admin.findMany(DELIVERY, '&pageSize=100');
  }
  return deliveries;
};

/** Groups what the receiver got by the person it is about. */
const copiesByPerson = (receiver: Receiver, people: string[]) =>
  people.map((documentId) => receiver.received.filter((r) => r.payload.data.documentId === documentId));

describe.each(databaseKinds())('webhook delivery across a crash on %s', (kind) => {
  let database: TestDatabase;
  let receiver: Receiver;
  let crashing: TestServer | undefined;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    receiver = await startReceiver(secret);
    database = await bootedDatabase(kind, 'schema');
  });

  afterAll(async () => {
    // TestServer.stop() would wait for an exit a SIGKILL already delivered; this one is only killed if the test failed early.
    if (crashing && crashing.process.exitCode === null && crashing.process.signalCode === null) crashing.process.kill('SIGKILL');
    await Promise.all(servers.map((server) => server.stop()));
    await receiver?.close();
    await database?.drop();
  });

  it('delivers every event after SIGKILL with deliveries in flight and pending; a repeat only ever with the same webhook-id', async () => {
    receiver.respondWith(() => ({ status: 200, hang: true }));
    const first = await startServer(database, settings(receiver, { SHOWRUNNER_WEBHOOKS_CONCURRENCY: '2' }));
    crashing = first;
    const people = await publishPeople(await adminApi(first.url), 'Crash Person', 6);
    await receiver.waitFor('two requests in flight', (all) => all.length >= 2);

    const exited = new Promise((resolve) => first.process.once('exit', resolve));
    first.process.kill('SIGKILL');
    await exited;

    receiver.respondWith(() => ({ status: 204 }));
    const second = await startServer(database, settings(receiver));
    servers.push(second);
    await receiver.waitFor('every person answered with 2xx', () =>
      copiesByPerson(receiver, people).every((copies) => copies.some((copy) => copy.answered === 204))
    );

    const copies = copiesByPerson(receiver, people);
    for (const perPerson of copies) {
      expect(new Set(perPerson.map((copy) => copy.id)).size).toBe(1);
      expect(new Set(perPerson.map((copy) => copy.body)).size).toBe(1);
    }
    expect(new Set(copies.map((perPerson) => perPerson[0].id)).size).toBe(people.length);
    expect(receiver.received.every((copy) => copy.verified)).toBe(true);
    // Requests cut off by the crash were sent again once their lease expired; after its first success a message is done.
    expect(copies.some((perPerson) => perPerson.length > 1)).toBe(true);
    const admin = await adminApi(second.url);
    const deliveries = await settledDeliveries(admin);
    const attempts = await admin.findMany(ATTEMPT, '&pageSize=100');
    const successes = copies.map(([copy]) => attempts.filter((a) => a.messageId === copy.id && a.outcome === 'success').length);
    expect(successes).toEqual(people.map(() => 1));
    expect(deliveries.map((delivery) => delivery.state)).toEqual(people.map(() => 'succeeded'));
  });
});

(databaseKinds().includes('postgres') ? describe : describe.skip)('two Strapi processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let receiver: Receiver;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    receiver = await startReceiver(secret);
    receiver.respondWith(() => ({ status: 204, delayMs: 25 }));
    database = await bootedDatabase('postgres', 'schema');
    const env = settings(receiver, { SHOWRUNNER_WEBHOOKS_POLL_MS: '50', SHOWRUNNER_WEBHOOKS_CONCURRENCY: '2' });
    // One after the other: Strapi's schema sync on a fresh database is not meant to run twice at once.
    servers.push(await startServer(database, env));
    servers.push(await startServer(database, env));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await receiver?.close();
    await database?.drop();
  });

  it('share the work and never send the same attempt twice', async () => {
    const [a, b] = await Promise.all(servers.map((server) => adminApi(server.url)));
    const people: string[] = [];
    for (let round = 1; round <= 3; round += 1) {
      const batches = await Promise.all([publishPeople(a, `Left ${round}`, 8), publishPeople(b, `Right ${round}`, 8)]);
      people.push(...batches.flat());
    }
    await receiver.waitFor('every person', () => copiesByPerson(receiver, people).every((copies) => copies.length > 0));

    const deliveries = await settledDeliveries(a);
    expect(deliveries).toHaveLength(people.length);
    expect(deliveries.map((delivery) => [delivery.state, delivery.attemptCount])).toEqual(people.map(() => ['succeeded', 1]));
    const attempts = await a.findMany(ATTEMPT, '&pageSize=100');
    expect(attempts).toHaveLength(people.length);
    expect(new Set(attempts.map((attempt) => attempt.instance)).size).toBe(2);
    expect(receiver.received).toHaveLength(people.length);
    expect(new Set(receiver.received.map((copy) => copy.id)).size).toBe(people.length);
  });
});
