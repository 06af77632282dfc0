import { databaseKinds, type TestDatabase } from '../../support/databases';
import { startServer, type TestServer } from '../../support/server';
import { startSmtpServer, type SmtpServer } from '../../support/smtp-server';
import { adminApi } from '../../support/webhook-receiver';
import { peek } from '../readers/peek';
import { alertsClient, CONFIRM, confirmLinkIn, form } from './alerts-client';
import { bootedDatabase } from '../../support/templates';

jest.setTimeout(400_000);

const TTL_MS = 2_000;

describe.each(databaseKinds())('an opt-in link nobody followed in time on %s', (kind) => {
  let database: TestDatabase;
  let smtp: SmtpServer;
  let server: TestServer | undefined;
  const env = () => ({
    SHOWRUNNER_DEMO_CONTENT: 'off',
    SHOWRUNNER_ALERT_CONFIRM_TTL_MS: String(TTL_MS),
    SMTP_HOST: smtp.host,
    SMTP_PORT: String(smtp.port),
    SMTP_SECURE: 'false',
  });

  beforeAll(async () => {
    smtp = await startSmtpServer();
    database = await bootedDatabase(kind, 'schema');
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await smtp?.close();
  });

  it('no longer confirms, and the request with its address is deleted when the server next starts', async () => {
    server = await startServer(database, env());
    await (await adminApi(server.url)).createPublished('plugin::showrunner.series', { title: 'Ballard', slug: 'ballard' }, 'de');
    const { subscribe, graphql } = alertsClient(server, database, smtp);
    expect((await subscribe({ email: 'zu-spaet@example.com', series: ['ballard'] }, '127.0.5.1')).body.data.subscribeEmailAlerts.accepted).toBe(true);
    const url = confirmLinkIn(await smtp.waitForMail('zu-spaet@example.com'))!;
    const token = new URL(url).searchParams.get('token')!;
    await new Promise((resolve) => setTimeout(resolve, TTL_MS + 500));

    const late = await form(url, `token=${token}`);
    expect(late.status).toBe(400);
    expect(await late.text()).toContain('ungültig oder abgelaufen');
    expect((await graphql(CONFIRM, { input: { token } }, '127.0.5.1')).body.data.confirmEmailAlerts.userErrors[0].code).toBe('INVALID_TOKEN');
    expect(await peek(database, 'select state from showrunner_email_alerts where email = ?', ['zu-spaet@example.com'])).toEqual([{ state: 'pending' }]);

    await server.stop();
    server = await startServer(database, env());
    // The purge runs in the background of the start: give it a moment, no more.
    const left = () => peek(database, 'select id from showrunner_email_alerts where email = ?', ['zu-spaet@example.com']);
    for (let tries = 0; tries < 50 && (await left()).length > 0; tries += 1) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await left()).toEqual([]);
  });
});
