import { randomBytes } from 'node:crypto';
import { databaseKinds, type TestDatabase } from '../../support/databases';
import { startServer, type TestServer } from '../../support/server';
import { adminApi, startReceiver, type AdminApi, type Receiver } from '../../support/webhook-receiver';
import { peek } from '../readers/peek';
import { bootedDatabase } from '../../support/templates';

jest.setTimeout(400_000);

const UID = {
  platform: 'plugin::showrunner.platform',
  series: 'plugin::showrunner.series',
  season: 'plugin::showrunner.season',
  episode: 'plugin::showrunner.episode',
  broadcast: 'plugin::showrunner.broadcast',
};
const MINUTE = 60_000;
const secret = `whsec_${randomBytes(32).toString('base64')}`;

const settings = (receiver: Receiver, extra: Record<string, string> = {}) => ({
  SHOWRUNNER_DEMO_CONTENT: 'off',
  SHOWRUNNER_WEBHOOKS_ALLOW_PRIVATE: 'true',
  SHOWRUNNER_WEBHOOKS_POLL_MS: '200',
  SHOWRUNNER_WEBHOOKS: JSON.stringify([{ url: `${receiver.url}/hooks`, secret, events: ['broadcast.upcoming'] }]),
  SHOWRUNNER_BROADCAST_LEAD_MINUTES: '30',
  SHOWRUNNER_BROADCAST_POLL_MS: '250',
  ...extra,
});

const link = (documentId: string, locale?: string) => ({ connect: [{ documentId, ...(locale ? { locale } : {}) }] });
const inMinutes = (minutes: number) => new Date(Date.now() + minutes * MINUTE).toISOString();
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A published series with one season and one episode, and a published channel to air it on. */
const ballardEpisode = async (admin: AdminApi, suffix: string) => {
  const channel = await admin.create(UID.platform, { name: `Kabel Eins ${suffix}`, slug: `kabel-eins-${suffix}`, kind: 'broadcast' });
  const series = await admin.createPublished(UID.series, { title: `Ballard ${suffix}`, slug: `ballard-${suffix}` }, 'de');
  const season = await admin.createPublished(UID.season, { number: 1, series: link(series, 'de') });
  const episode = await admin.createPublished(UID.episode, { number: 3, title: 'Nachtschicht', season: link(season) });
  return { channel, series, season, episode };
};

const upcomingEvents = (database: TestDatabase) =>
  peek(database, 'select subject_document_id, payload from showrunner_webhook_events where event_type = ? order by id', ['broadcast.upcoming']);

describe.each(databaseKinds())('broadcast reminders on %s', (kind) => {
  let database: TestDatabase;
  let receiver: Receiver;
  let server: TestServer;
  let admin: AdminApi;

  beforeAll(async () => {
    receiver = await startReceiver(secret);
    database = await bootedDatabase(kind, 'schema');
    server = await startServer(database, settings(receiver));
    admin = await adminApi(server.url);
  });

  afterAll(async () => {
    await server?.stop();
    await receiver?.close();
    await database?.drop();
  });

  it('sends one signed broadcast.upcoming for a published broadcast within the lead time, naming episode, season, series and channel', async () => {
    const ids = await ballardEpisode(admin, 'a');
    const startsAt = inMinutes(20);
    const soon = await admin.createPublished(UID.broadcast, { episode: link(ids.episode), channel: link(ids.channel), startsAt, airing: 'repeat' });
    const later = await admin.createPublished(UID.broadcast, { episode: link(ids.episode), channel: link(ids.channel), startsAt: inMinutes(120) });
    const draft = await admin.create(UID.broadcast, { episode: link(ids.episode), channel: link(ids.channel), startsAt: inMinutes(10) });
    const started = await admin.createPublished(UID.broadcast, { episode: link(ids.episode), channel: link(ids.channel), startsAt: inMinutes(-5) });

    const [message] = await receiver.waitForType('broadcast.upcoming', 1, (r) => r.payload.data.broadcast.documentId === soon);
    expect(message.verified).toBe(true);
    expect(message.payload.data).toEqual({
      broadcast: { documentId: soon, startsAt, airing: 'repeat' },
      channel: { documentId: ids.channel, name: 'Kabel Eins a' },
      episode: { documentId: ids.episode, number: 3, title: 'Nachtschicht' },
      season: { documentId: ids.season, number: 1 },
      series: { documentId: ids.series, slug: 'ballard-a', title: 'Ballard a' },
    });

    // Many more polls later: still one event, and none for the far, the draft or the started broadcast.
    await sleep(3_000);
    const events = await upcomingEvents(database);
    expect(events.map((event) => event.subject_document_id)).toEqual([soon]);
    expect(receiver.received.filter((r) => r.payload.type === 'broadcast.upcoming').map((r) => r.payload.data.broadcast.documentId)).toEqual([soon]);
    expect([later, draft, started]).not.toContain(soon);
  });

  it('reminds again only when an editor moves the broadcast to another start time', async () => {
    const ids = await ballardEpisode(admin, 'b');
    const first = inMinutes(15);
    const broadcast = await admin.createPublished(UID.broadcast, { episode: link(ids.episode), channel: link(ids.channel), startsAt: first });
    await receiver.waitForType('broadcast.upcoming', 1, (r) => r.payload.data.broadcast.documentId === broadcast);

    await admin.publish(UID.broadcast, broadcast, { startsAt: first });
    await sleep(2_000);
    expect((await upcomingEvents(database)).filter((event) => event.subject_document_id === broadcast)).toHaveLength(1);

    const moved = inMinutes(25);
    await admin.publish(UID.broadcast, broadcast, { startsAt: moved });
    const both = await receiver.waitForType('broadcast.upcoming', 2, (r) => r.payload.data.broadcast.documentId === broadcast);
    expect(both.map((r) => r.payload.data.broadcast.startsAt).sort()).toEqual([first, moved].sort());
  });

  it('refuses a broadcast without episode or channel with a German message on the field, and one without start time on publish', async () => {
    const ids = await ballardEpisode(admin, 'c');
    const noEpisode = await admin.call('POST', `/content-manager/collection-types/${UID.broadcast}`, { channel: link(ids.channel), startsAt: inMinutes(60) });
    expect(noEpisode.status).toBe(400);
    expect(JSON.stringify(noEpisode.body)).toContain('Eine Ausstrahlung braucht eine Episode');
    const noChannel = await admin.call('POST', `/content-manager/collection-types/${UID.broadcast}`, { episode: link(ids.episode), startsAt: inMinutes(60) });
    expect(noChannel.status).toBe(400);
    expect(JSON.stringify(noChannel.body)).toContain('Sender oder eine Plattform');
    const noStart = await admin.call('POST', `/content-manager/collection-types/${UID.broadcast}/actions/publish`, {
      episode: link(ids.episode),
      channel: link(ids.channel),
    });
    expect(noStart.status).toBe(400);
    expect(JSON.stringify(noStart.body)).toContain('startsAt');
  });
});

(databaseKinds().includes('postgres') ? describe : describe.skip)('broadcast reminders with two Strapi processes on one PostgreSQL', () => {
  let database: TestDatabase;
  let receiver: Receiver;
  const servers: TestServer[] = [];

  beforeAll(async () => {
    receiver = await startReceiver(secret);
    database = await bootedDatabase('postgres', 'schema');
    // Both look every 50 ms, so they keep meeting on the same broadcasts.
    const env = settings(receiver, { SHOWRUNNER_BROADCAST_POLL_MS: '50' });
    servers.push(await startServer(database, env));
    servers.push(await startServer(database, env));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    await receiver?.close();
    await database?.drop();
  });

  it('write exactly one broadcast.upcoming per broadcast, and the receiver gets each once', async () => {
    const [a, b] = await Promise.all(servers.map((server) => adminApi(server.url)));
    const ids = await ballardEpisode(a, 'pg');
    const broadcasts = await Promise.all(
      Array.from({ length: 8 }, (_, i) =>
        (i % 2 ? b : a).createPublished(UID.broadcast, { episode: link(ids.episode), channel: link(ids.channel), startsAt: inMinutes(5 + i) })
      )
    );
    await receiver.waitForType('broadcast.upcoming', broadcasts.length);
    await new Promise((resolve) => setTimeout(resolve, 2_000));

    const events = await upcomingEvents(database);
    expect(events.map((event) => event.subject_document_id).sort()).toEqual([...broadcasts].sort());
    const reminders = await peek(database, 'select broadcast_document_id from showrunner_broadcast_reminders');
    expect(reminders.map((row) => row.broadcast_document_id).sort()).toEqual([...broadcasts].sort());
    const received = receiver.received.filter((r) => r.payload.type === 'broadcast.upcoming');
    expect(new Set(received.map((r) => r.id)).size).toBe(broadcasts.length);
    expect(received.map((r) => r.payload.data.broadcast.documentId).sort()).toEqual([...broadcasts].sort());
  });
});
