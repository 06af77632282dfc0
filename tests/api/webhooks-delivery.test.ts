import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import type { TestDatabase } from '../support/databases';
import { bootedDatabase } from '../support/templates';
import { startServer, type TestServer } from '../support/server';
import { adminApi, startReceiver, type AdminApi, type Receiver, type ReceivedWebhook } from '../support/webhook-receiver';

jest.setTimeout(240_000);

const PERSON = 'plugin::showrunner.person';
const ENDPOINT = 'plugin::showrunner.webhook-endpoint';
const DELIVERY = 'plugin::showrunner.webhook-delivery';
const ATTEMPT = 'plugin::showrunner.webhook-attempt';

/** Retries in milliseconds instead of minutes, so a whole retry schedule fits in a test. */
const FAST = {
  SHOWRUNNER_DEMO_CONTENT: 'off',
  SHOWRUNNER_WEBHOOKS_POLL_MS: '100',
  SHOWRUNNER_WEBHOOKS_BACKOFF_BASE_MS: '100',
  SHOWRUNNER_WEBHOOKS_BACKOFF_MAX_MS: '1000',
  SHOWRUNNER_WEBHOOKS_TIMEOUT_MS: '1000',
};

const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;
const slug = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, '-');

/** Polls until `check` returns something truthy: delivery is asynchronous, so tests wait for state, never for time. */
const eventually = async <T>(what: string, check: () => Promise<T | null | undefined | false>, timeoutMs = 30_000): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('webhook delivery through a running server (sqlite)', () => {
  const secret = newSecret();
  let database: TestDatabase;
  let server: TestServer;
  let receiver: Receiver;
  let admin: AdminApi;

  const publishPerson = async (name: string) => admin.createPublished(PERSON, { name, slug: slug(name) }, 'de');
  const about = (documentId: string) => (r: ReceivedWebhook) => r.payload.data.documentId === documentId;
  const copiesOf = (to: Receiver, documentId: string) => to.received.filter(about(documentId));
  const deliveriesOf = (messageId: string) => admin.findMany(DELIVERY, `&filters[messageId][$eq]=${messageId}`);
  const attemptsOf = async (messageId: string) =>
    (await admin.findMany(ATTEMPT, `&filters[messageId][$eq]=${messageId}&sort=attemptNumber:ASC`)).filter((a) => a.targetUrl.startsWith(receiver.url));

  beforeAll(async () => {
    receiver = await startReceiver(secret);
    database = await bootedDatabase('sqlite', 'schema');
    server = await startServer(database, {
      ...FAST,
      SHOWRUNNER_WEBHOOKS_ALLOW_PRIVATE: 'true',
      SHOWRUNNER_WEBHOOKS: JSON.stringify([{ url: `${receiver.url}/showrunner`, secret, events: ['content.published'] }]),
    });
    admin = await adminApi(server.url);
  });

  afterAll(async () => {
    await server?.stop();
    await receiver?.close();
    await database?.drop();
  });

  it('retries a receiver that answers 500 and delivers once it answers 2xx, always as the same message', async () => {
    receiver.respondWith((r) => (r.payload.data.label === 'Flaky Receiver' && r.delivery <= 2 ? { status: 500, body: 'database is down' } : { status: 204 }));
    const person = await publishPerson('Flaky Receiver');
    await receiver.waitFor('three attempts', () => copiesOf(receiver, person).length >= 3);
    const copies = copiesOf(receiver, person);
    expect(new Set(copies.map((c) => c.id)).size).toBe(1);
    expect(new Set(copies.map((c) => c.body)).size).toBe(1);
    expect(copies.every((c) => c.verified)).toBe(true);

    const [delivery] = await eventually('the delivery to succeed', async () => {
      const rows = await deliveriesOf(copies[0].id);
      return rows[0]?.state === 'succeeded' && rows;
    });
    expect(delivery).toMatchObject({ attemptCount: 3, lastStatusCode: 204 });
    const attempts = await attemptsOf(copies[0].id);
    expect(attempts.map((a) => [a.attemptNumber, a.outcome, a.statusCode])).toEqual([
      [1, 'http_error', 500],
      [2, 'http_error', 500],
      [3, 'success', 204],
    ]);
    expect(attempts[0]).toMatchObject({ responseExcerpt: 'database is down', summary: expect.stringMatching(/^#1 HTTP 500 in \d+ ms$/) });

    const marker = await publishPerson('After Flaky');
    await receiver.waitFor('the next message', () => copiesOf(receiver, marker).length > 0);
    expect(copiesOf(receiver, person)).toHaveLength(3);
  });

  it('waits as long as Retry-After asks before trying again', async () => {
    receiver.respondWith((r) =>
      r.payload.data.label === 'Busy Receiver' && r.delivery === 1 ? { status: 503, headers: { 'retry-after': '2' } } : { status: 204 }
    );
    const person = await publishPerson('Busy Receiver');
    await receiver.waitFor('the retry', () => copiesOf(receiver, person).length >= 2);
    const [first, second] = copiesOf(receiver, person);
    expect(second.receivedAt - first.receivedAt).toBeGreaterThanOrEqual(1900);
  });

  it('gives up on a receiver that hangs after the timeout and tries again', async () => {
    receiver.respondWith((r) => (r.payload.data.label === 'Hanging Receiver' && r.delivery === 1 ? { status: 200, hang: true } : { status: 204 }));
    const person = await publishPerson('Hanging Receiver');
    await receiver.waitFor('the retry', () => copiesOf(receiver, person).length >= 2);
    const messageId = copiesOf(receiver, person)[0].id;
    const attempts = await eventually('two logged attempts', async () => {
      const rows = await attemptsOf(messageId);
      return rows.length >= 2 && rows;
    });
    expect(attempts.map((a) => a.outcome)).toEqual(['timeout', 'success']);
    expect(attempts[0].error).toMatch(/within 1000 ms/);
  });

  it('replays a delivery: the same message again, logged as a new delivery', async () => {
    receiver.respondWith(() => ({ status: 204 }));
    const person = await publishPerson('Replayed Person');
    await receiver.waitFor('the first copy', () => copiesOf(receiver, person).length > 0);
    const [original] = copiesOf(receiver, person);
    const [delivery] = await eventually('the delivery to succeed', async () => {
      const rows = await deliveriesOf(original.id);
      return rows[0]?.state === 'succeeded' && rows;
    });

    const replay = await admin.call('POST', `/showrunner/webhooks/deliveries/${delivery.documentId}/replay`);
    expect(replay.status).toBe(202);
    await receiver.waitFor('the replay', () => copiesOf(receiver, person).length >= 2);
    const [, again] = copiesOf(receiver, person);
    expect(again).toMatchObject({ id: original.id, body: original.body, verified: true });
    const rows = await deliveriesOf(original.id);
    expect(rows.map((row) => row.replayOf ?? null).sort()).toEqual([delivery.documentId, null].sort());
    expect((await admin.call('POST', '/showrunner/webhooks/deliveries/nonexistent/replay')).status).toBe(404);
  });

  describe('an endpoint managed in the admin', () => {
    let other: Receiver;
    let endpoint: Record<string, any>;

    beforeAll(async () => {
      other = await startReceiver('whsec_AAAA');
      const created = await admin.call('POST', `/content-manager/collection-types/${ENDPOINT}`, {
        name: 'Push service',
        targetUrl: `${other.url}/in`,
        events: ['content.published'],
        secret: 'chosen-by-an-editor',
      });
      expect(created.status).toBe(201);
      endpoint = created.body.data;
    });

    afterAll(() => other?.close());

    it('gets a secret generated on the server that no admin view shows', async () => {
      expect(endpoint).toMatchObject({ source: 'admin', enabled: true, secretHint: expect.stringMatching(/^whsec_…/) });
      expect(endpoint).not.toHaveProperty('secret');
      expect(endpoint.secretHint).not.toContain('chosen-by-an-editor');
      const secrets = await admin.call('GET', '/content-manager/collection-types/plugin::showrunner.webhook-secret');
      expect(secrets.status).toBe(403);
      expect(JSON.stringify(secrets.body)).not.toContain('whsec_');
    });

    it('shows a rotated secret once, then signs with the new and, for a grace period, the old one', async () => {
      const first = await admin.call('POST', `/showrunner/webhooks/endpoints/${endpoint.documentId}/rotate-secret`);
      expect(first).toMatchObject({ status: 200, body: { data: { secret: expect.stringMatching(/^whsec_/), previousSecretValidUntil: expect.any(String) } } });
      const oldSecret = first.body.data.secret as string;
      other.acceptSecrets([oldSecret]);
      const one = await publishPerson('Rotation One');
      const [signedOld] = await other.waitForType('content.published', 1, (r) => r.payload.data.documentId === one);
      expect(signedOld.verified).toBe(true);

      const second = await admin.call('POST', `/showrunner/webhooks/endpoints/${endpoint.documentId}/rotate-secret`);
      const newSecret = second.body.data.secret as string;
      other.acceptSecrets([newSecret]);
      const two = await publishPerson('Rotation Two');
      const [signedBoth] = await other.waitForType('content.published', 1, (r) => r.payload.data.documentId === two);
      expect(signedBoth.verified).toBe(true);
      expect(signedBoth.signature.split(' ')).toHaveLength(2);
      const headers = { 'webhook-id': signedBoth.id, 'webhook-timestamp': signedBoth.timestamp, 'webhook-signature': signedBoth.signature };
      expect(() => new Webhook(oldSecret).verify(signedBoth.body, headers)).not.toThrow();

      const views = JSON.stringify([await admin.findOne(ENDPOINT, endpoint.documentId), await admin.findMany(DELIVERY), await admin.findMany(ENDPOINT)]);
      expect(views).not.toContain(oldSecret.slice(6, 30));
      expect(views).not.toContain(newSecret.slice(6, 30));
      expect(views).not.toContain(secret.slice(6, 30));
    });

    it('refuses event filters that name no event, and rotating a secret that comes from configuration', async () => {
      const invalid = await admin.call('PUT', `/content-manager/collection-types/${ENDPOINT}/${endpoint.documentId}`, { events: ['article.publish'] });
      expect(invalid.status).toBe(400);
      expect(invalid.body.error.message).toMatch(/Unbekannte Ereignistypen: article\.publish/);
      const [configured] = await admin.findMany(ENDPOINT, '&filters[source][$eq]=config');
      expect((await admin.call('POST', `/showrunner/webhooks/endpoints/${configured.documentId}/rotate-secret`)).status).toBe(409);
    });

    it('is disabled when its receiver answers 410 Gone, and receives nothing afterwards', async () => {
      other.respondWith(() => ({ status: 410, body: 'this integration was removed' }));
      const gone = await publishPerson('Gone Receiver');
      await other.waitForType('content.published', 1, (r) => r.payload.data.documentId === gone);
      const disabled = await eventually('the endpoint to be disabled', async () => {
        const row = await admin.findOne(ENDPOINT, endpoint.documentId);
        return row.enabled === false && row;
      });
      expect(disabled.disabledReason).toMatch(/410/);

      const after = await publishPerson('After Gone');
      await receiver.waitFor('the configured endpoint to get the next message', () => copiesOf(receiver, after).length > 0);
      expect(copiesOf(other, after)).toHaveLength(0);
      expect(copiesOf(other, gone)).toHaveLength(1);
      expect(await deliveriesOf(copiesOf(receiver, after)[0].id)).toHaveLength(1);
    });
  });
});

describe('webhook targets on private addresses (sqlite)', () => {
  const secret = newSecret();
  let database: TestDatabase;
  let server: TestServer;
  let receiver: Receiver;

  beforeAll(async () => {
    receiver = await startReceiver(secret);
    database = await bootedDatabase('sqlite', 'schema');
    server = await startServer(database, { ...FAST, SHOWRUNNER_WEBHOOKS: JSON.stringify([{ url: `${receiver.url}/showrunner`, secret, events: [] }]) });
  });

  afterAll(async () => {
    await server?.stop();
    await receiver?.close();
    await database?.drop();
  });

  it('are refused at delivery time unless SHOWRUNNER_WEBHOOKS_ALLOW_PRIVATE allows them', async () => {
    const admin = await adminApi(server.url);
    await admin.createPublished(PERSON, { name: 'Nobody Listens', slug: 'nobody-listens' }, 'de');
    const [attempt] = await eventually('a logged attempt', async () => {
      const rows = await admin.findMany(ATTEMPT);
      return rows.length > 0 && rows;
    });
    expect(attempt).toMatchObject({ outcome: 'refused', statusCode: null, error: expect.stringMatching(/127\.0\.0\.1 .*loopback/) });
    expect(receiver.received).toHaveLength(0);
  });
});
