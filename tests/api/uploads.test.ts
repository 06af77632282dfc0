import { createSqliteDatabase, type TestDatabase } from '../support/databases';
import { startServer, type TestServer } from '../support/server';
import { adminApi } from '../support/webhook-receiver';

/** Uploads go through the admin; only photos, and only up to the configured size. */
describe('uploads', () => {
  let database: TestDatabase;
  let server: TestServer;
  let token: string;

  const upload = (name: string, type: string, bytes: Buffer) => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
    return fetch(`${server.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
  };
  // The smallest valid PNG: one transparent pixel.
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

  beforeAll(async () => {
    database = await createSqliteDatabase();
    server = await startServer(database, { SHOWRUNNER_DEMO_CONTENT: 'off', SHOWRUNNER_UPLOAD_MAX_BYTES: '200000' });
    await adminApi(server.url);
    const login = await fetch(`${server.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'webhooks@example.com', password: 'Webhooks-Test-2025' }),
    });
    token = (await login.json()).data.token;
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('accepts a photo', async () => {
    expect((await upload('pixel.png', 'image/png', PNG)).status).toBe(201);
  });

  it('refuses an SVG, which can carry script', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const response = await upload('logo.svg', 'image/svg+xml', svg);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });

  it('refuses a file over the size limit', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(300_000)]);
    const response = await upload('big.png', 'image/png', big);
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
  });
});
