import { deflateSync } from 'node:zlib';
import type { TestDatabase } from '../support/databases';
import { startServer, type TestServer } from '../support/server';
import { adminApi } from '../support/webhook-receiver';
import { bootedDatabase } from '../support/templates';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => (bytes.reduce((c, byte) => CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;
const pngChunk = (type: string, data: Buffer) => {
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
};

/**
 * A grey `side`×`side` PNG of seeded noise, about side² bytes. Noise barely compresses, so the
 * photo stays large after Strapi's size optimization re-encodes it (512² came out at 168 KB).
 */
const noisePng = (side: number) => {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header.set([8, 0, 0, 0, 0], 8); // 8-bit greyscale, deflate, no filter, no interlace
  const pixels = Buffer.alloc(side * (side + 1)); // each row: filter byte 0, then one byte a pixel
  let seed = 2025;
  for (let row = 0; row < side; row += 1) {
    for (let column = 1; column <= side; column += 1) {
      seed = (Math.imul(seed, 1664525) + 1013904223) >>> 0;
      pixels[row * (side + 1) + column] = seed >>> 24;
    }
  }
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return Buffer.concat([signature, pngChunk('IHDR', header), pngChunk('IDAT', deflateSync(pixels)), pngChunk('IEND', Buffer.alloc(0))]);
};

/** Uploads go through the admin; only photos, and only up to the configured size. */
describe('uploads', () => {
  let database: TestDatabase;
  let server: TestServer;
  let login: { status: number; body: any };
  let token: string;
  const MAX_BYTES = 200_000;

  const upload = async (name: string, type: string, bytes: Buffer) => {
    const form = new FormData();
    form.append('files', new Blob([new Uint8Array(bytes)], { type }), name);
    const response = await fetch(`${server.url}/upload`, { method: 'POST', headers: { authorization: `Bearer ${token}` }, body: form });
    return { status: response.status, body: await response.json() };
  };
  const storedNames = async () => {
    const response = await fetch(`${server.url}/upload/files?pageSize=100`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return ((await response.json()).results as { name: string }[]).map((file) => file.name);
  };
  // The smallest valid PNG: one transparent pixel.
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
  /** The refusals below are about the file: the same token uploads a photo in the same test. */
  const expectPhotoAccepted = async (name: string) => {
    const accepted = await upload(name, 'image/png', PNG);
    expect(accepted.status).toBe(201);
    expect(accepted.body).toEqual([expect.objectContaining({ name, mime: 'image/png', ext: '.png' })]);
  };

  beforeAll(async () => {
    database = await bootedDatabase('sqlite', 'schema');
    server = await startServer(database, { SHOWRUNNER_DEMO_CONTENT: 'off', SHOWRUNNER_UPLOAD_MAX_BYTES: String(MAX_BYTES) });
    await adminApi(server.url);
    const response = await fetch(`${server.url}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'webhooks@example.com', password: 'Webhooks-Test-2025' }),
    });
    login = { status: response.status, body: await response.json() };
    token = login.body?.data?.token;
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('logs the administrator in with a token', () => {
    expect(login.status).toBe(200);
    expect(token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('accepts a photo', async () => {
    await expectPhotoAccepted('pixel.png');
    expect(await storedNames()).toContain('pixel.png');
  });

  it('refuses an SVG, which can carry script, and stores nothing', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    const refused = await upload('logo.svg', 'image/svg+xml', svg);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ status: 400, name: 'ValidationError', message: "File type 'image/svg+xml' is not allowed" });
    expect(await storedNames()).not.toContain('logo.svg');
    await expectPhotoAccepted('after-svg.png');
  });

  it('refuses a photo over the size limit, and stores nothing', async () => {
    const big = noisePng(800);
    expect(big.length).toBeGreaterThan(MAX_BYTES);
    const refused = await upload('noise.png', 'image/png', big);
    expect(refused.status).toBe(413);
    // Refused as it arrives, by Strapi's body parser (the plugin bounds it with uploads.maxBytes).
    expect(refused.body.error).toMatchObject({ status: 413, name: 'PayloadTooLargeError', message: 'FileTooBig' });
    expect(await storedNames()).not.toContain('noise.png');
    await expectPhotoAccepted('after-noise.png');
  });

  // The limit is on what is sent, not on what Strapi keeps: 300 kB of zeros after a PNG re-encode to a few bytes.
  it('refuses a file over the size limit even when re-encoding would shrink it, and stores nothing', async () => {
    const big = Buffer.concat([PNG, Buffer.alloc(300_000)]);
    const refused = await upload('big.png', 'image/png', big);
    expect(refused.status).toBe(413);
    expect(refused.body.error).toMatchObject({ status: 413, name: 'PayloadTooLargeError', message: 'FileTooBig' });
    expect(await storedNames()).not.toContain('big.png');
    await expectPhotoAccepted('after-big.png');
  });
});
