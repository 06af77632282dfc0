import { createHash } from 'node:crypto';
import { databaseKinds, type TestDatabase } from '../../support/databases';
import { startServer, type TestServer } from '../../support/server';
import { startSmtpServer, type SmtpServer } from '../../support/smtp-server';
import { accountsApi, type Answer } from './client';
import { peek } from './peek';
import { bootedDatabase } from '../../support/templates';

jest.setTimeout(300_000);

const RESET_TTL_MS = 8_000;
const PER_ACCOUNT = 3;
const PER_IP = 6;
const RESET_PAGE = 'http://frontend.test/passwort-neu';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const shape = ({ status, body }: Answer) => ({ status, body });

describe.each(databaseKinds())('reader accounts over HTTP on %s (users-permissions, guarded by the plugin)', (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let smtp: SmtpServer;
  let api: ReturnType<typeof accountsApi>;

  /** Registers and confirms through the mailed link, as a reader would; returns the credentials. */
  const confirmedReader = async (username: string, ip: string) => {
    const credentials = { username, email: `${username}@example.com`, password: `Sicher-${username}-1` };
    const before = smtp.mailsTo(credentials.email).length;
    expect(shape(await api.register(credentials, ip))).toEqual({ status: 200, body: { ok: true, confirmationRequired: true } });
    const mail = await smtp.waitForMail(credentials.email, { after: before });
    const code = /confirmation=([0-9a-f]+)/.exec(mail.text)?.[1];
    expect(code).toBeDefined();
    expect((await api.confirmEmail(code!)).status).toBe(302);
    return credentials;
  };

  const resetCode = async (email: string, after: number) => {
    const mail = await smtp.waitForMail(email, { after });
    const match = /(http:\/\/frontend\.test\/passwort-neu)\?code=([0-9a-f]+)/.exec(mail.text);
    expect(match?.[1]).toBe(RESET_PAGE);
    return match![2];
  };

  beforeAll(async () => {
    smtp = await startSmtpServer();
    database = await bootedDatabase(kind, 'schema');
    server = await startServer(database, {
      SHOWRUNNER_DEMO_CONTENT: 'off',
      SHOWRUNNER_EMAIL_CONFIRMATION: 'on',
      SHOWRUNNER_RESET_TOKEN_TTL_MS: String(RESET_TTL_MS),
      SHOWRUNNER_RESET_PASSWORD_URL: RESET_PAGE,
      SHOWRUNNER_LOGIN_LIMIT_PER_ACCOUNT: String(PER_ACCOUNT),
      SHOWRUNNER_LOGIN_LIMIT_PER_IP: String(PER_IP),
      SHOWRUNNER_ACCOUNT_REQUEST_LIMIT: '1000',
      SMTP_HOST: smtp.host,
      SMTP_PORT: String(smtp.port),
      SMTP_SECURE: 'false',
      EMAIL_FROM: 'Showrunner Konto <konto@showrunner.test>',
    });
    api = accountsApi(server.url);
  });

  afterAll(async () => {
    await server?.stop();
    await database?.drop();
    await smtp?.close();
  });

  it('registers, mails a confirmation link in German from EMAIL_FROM, and after confirming logs in with a JWT users-permissions accepts', async () => {
    const reader = { username: 'leserin', email: 'leserin@example.com', password: 'Sicher-Passwort-1' };
    expect(shape(await api.register(reader, '127.0.0.2'))).toEqual({ status: 200, body: { ok: true, confirmationRequired: true } });
    const mail = await smtp.waitForMail(reader.email);
    expect(mail.from).toBe('konto@showrunner.test');
    expect(mail.subject).toBe('Bitte bestätige deine E-Mail-Adresse');
    expect((await api.login(reader.email, reader.password, '127.0.0.2')).body.error.message).toBe('Your account email is not confirmed');

    expect((await api.confirmEmail(/confirmation=([0-9a-f]+)/.exec(mail.text)![1])).status).toBe(302);
    const login = await api.login(reader.email, reader.password, '127.0.0.2');
    expect(login.status).toBe(200);
    expect(login.body.jwt).toEqual(expect.any(String));
    const me = await api.me(login.body.jwt);
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ username: 'leserin', email: 'leserin@example.com', confirmed: true });
    expect(JSON.stringify(me.body)).not.toMatch(/password|\$2[aby]\$/);
  });

  it('answers registration the same for a known and a new address while confirmation is on, and tells the owner by mail', async () => {
    await confirmedReader('bekannt', '127.0.0.3');
    const mailsBefore = smtp.mailsTo('bekannt@example.com').length;
    const known = await api.register({ username: 'bekannt-zwei', email: 'Bekannt@Example.com', password: 'Anderes-Passwort-9' }, '127.0.0.3');
    const fresh = await api.register({ username: 'ganz-neu', email: 'ganz-neu@example.com', password: 'Anderes-Passwort-9' }, '127.0.0.3');
    expect(shape(known)).toEqual(shape(fresh));
    expect(shape(known)).toEqual({ status: 200, body: { ok: true, confirmationRequired: true } });

    const note = await smtp.waitForMail('bekannt@example.com', { after: mailsBefore });
    expect(note.subject).toBe('Du hast bereits ein Konto');
    expect(note.text).toContain(RESET_PAGE);
    expect(await peek(database, 'select username from up_users where email = ?', ['bekannt@example.com'])).toEqual([{ username: 'bekannt' }]);
    expect(await peek(database, 'select username from up_users where username = ?', ['bekannt-zwei'])).toEqual([]);

    // User names are public: a taken one is still refused, with users-permissions' own answer.
    const takenName = await api.register({ username: 'bekannt', email: 'jemand-anders@example.com', password: 'Anderes-Passwort-9' }, '127.0.0.3');
    expect(takenName.status).toBe(400);
  });

  it('answers forgot-password identically for known and unknown addresses; the mailed link works once, and the token is stored only as its hash', async () => {
    const reader = await confirmedReader('vergesslich', '127.0.0.4');
    const before = smtp.mailsTo(reader.email).length;
    const known = await api.forgotPassword(reader.email, '127.0.0.4');
    const unknown = await api.forgotPassword('niemand@example.com', '127.0.0.4');
    expect(shape(known)).toEqual({ status: 200, body: { ok: true } });
    expect(shape(unknown)).toEqual(shape(known));
    expect(known.headers['content-length']).toBe(unknown.headers['content-length']);

    const code = await resetCode(reader.email, before);
    expect((await smtp.waitForMail(reader.email, { after: before })).subject).toBe('Passwort zurücksetzen');
    expect(smtp.mailsTo('niemand@example.com')).toHaveLength(0);

    const [user] = await peek(database, 'select reset_password_token from up_users where email = ?', [reader.email]);
    expect(user.reset_password_token).toBe(sha256(code));
    const tokens = await peek(database, 'select token_hash from showrunner_reset_tokens');
    expect(tokens.map((t) => t.token_hash)).toContain(sha256(code));
    expect(JSON.stringify(tokens)).not.toContain(code);

    // A failed attempt (passwords differ) leaves the link usable.
    expect((await api.resetPassword(code, 'Neues-Passwort-2', 'Tippfehler-2', '127.0.0.4')).status).toBe(400);
    const reset = await api.resetPassword(code, 'Neues-Passwort-2', 'Neues-Passwort-2', '127.0.0.4');
    expect(reset.status).toBe(200);
    expect(reset.body.jwt).toEqual(expect.any(String));

    const again = await api.resetPassword(code, 'Drittes-Passwort-3', 'Drittes-Passwort-3', '127.0.0.4');
    expect(again.status).toBe(400);
    expect(again.body.error.details.code).toBe('RESET_TOKEN_INVALID');
    expect((await api.login(reader.email, 'Neues-Passwort-2', '127.0.0.4')).status).toBe(200);
    expect((await api.resetPassword('0'.repeat(128), 'Drittes-Passwort-3', 'Drittes-Passwort-3', '127.0.0.4')).body.error.details.code).toBe(
      'RESET_TOKEN_INVALID'
    );
  });

  it('refuses a reset link after its lifetime (SHOWRUNNER_RESET_TOKEN_TTL_MS) with 400 and a clear message', async () => {
    const reader = await confirmedReader('spaet', '127.0.0.5');
    const before = smtp.mailsTo(reader.email).length;
    await api.forgotPassword(reader.email, '127.0.0.5');
    const code = await resetCode(reader.email, before);
    await new Promise((resolve) => setTimeout(resolve, RESET_TTL_MS + 500));
    const late = await api.resetPassword(code, 'Zu-Spaet-Passwort-4', 'Zu-Spaet-Passwort-4', '127.0.0.5');
    expect(late.status).toBe(400);
    expect(late.body.error).toMatchObject({ name: 'ValidationError', details: { code: 'RESET_TOKEN_EXPIRED' } });
    expect(late.body.error.message).toMatch(/abgelaufen/);
    expect((await api.login(reader.email, reader.password, '127.0.0.5')).status).toBe(200);
  });

  it(`answers ${PER_ACCOUNT} failed log-ins per account, from whatever address, and the next with 429 and Retry-After`, async () => {
    const reader = await confirmedReader('geraten', '127.0.0.6');
    // A success ends a run of failures.
    expect((await api.login(reader.email, 'falsch-1', '127.0.0.6')).status).toBe(400);
    expect((await api.login(reader.username, reader.password, '127.0.0.6')).status).toBe(200);

    const addresses = ['127.0.0.6', '127.0.0.7', '127.0.0.8'];
    for (const [attempt, ip] of addresses.entries()) {
      const answer = await api.login(attempt % 2 ? reader.username : reader.email, `falsch-${attempt}`, ip);
      expect(answer.status).toBe(400);
    }
    const blocked = await api.login(reader.email, reader.password, '127.0.0.9');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect(blocked.body.error).toMatchObject({ status: 429, name: 'RateLimitError', details: { code: 'RATE_LIMITED' } });
    expect(blocked.body.error.message).toMatch(/Zu viele Versuche/);
    // An unknown account is limited the same way, so the limit tells nothing about who exists.
    for (let attempt = 0; attempt < PER_ACCOUNT; attempt += 1) expect((await api.login('gibt-es-nicht@example.com', 'x', '127.0.0.10')).status).toBe(400);
    expect((await api.login('gibt-es-nicht@example.com', 'x', '127.0.0.11')).status).toBe(429);
  });

  it(`answers ${PER_IP} failed log-ins per client address, whichever accounts, and the next with 429; other addresses go on`, async () => {
    const reader = await confirmedReader('nachbar', '127.0.0.12');
    const ip = '127.0.0.13';
    for (let attempt = 0; attempt < PER_IP; attempt += 1) {
      expect((await api.login(`unbekannt-${attempt}@example.com`, 'falsch', ip)).status).toBe(400);
    }
    const blocked = await api.login(reader.email, reader.password, ip);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers['retry-after'])).toBeGreaterThan(0);
    expect((await api.login(reader.email, reader.password, '127.0.0.14')).status).toBe(200);
  });
});
