import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { EXCERPT_BYTES, send } from '../../../plugin/server/src/webhooks/http-sender';

let server: http.Server;
let url: string;
let handler: http.RequestListener = (_req, res) => res.end();

beforeAll(async () => {
  server = http.createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const post = (overrides: Partial<Parameters<typeof send>[0]> = {}) =>
  send({ url: `${url}/hook`, body: '{"type":"x"}', headers: { 'webhook-id': 'msg_1' }, timeoutMs: 1_000, allowPrivate: true, ...overrides });

describe('send', () => {
  test('only 2xx is success; 410 is gone; the start of the answer is kept', async () => {
    handler = (_req, res) => res.writeHead(202).end('accepted');
    expect(await post()).toMatchObject({ outcome: 'success', statusCode: 202, responseExcerpt: 'accepted' });
    handler = (_req, res) => res.writeHead(410).end();
    expect(await post()).toMatchObject({ outcome: 'gone', statusCode: 410 });
    handler = (_req, res) => res.writeHead(503, { 'retry-after': '7' }).end('x'.repeat(50_000));
    const result = await post();
    expect(result).toMatchObject({ outcome: 'http_error', statusCode: 503, retryAfter: '7' });
    expect(result.responseExcerpt).toHaveLength(EXCERPT_BYTES);
    handler = (_req, res) => res.writeHead(500).end(Buffer.from('bad\u0000byte'));
    expect(await post()).toMatchObject({ responseExcerpt: 'badbyte' });
  });

  test('redirects are not followed', async () => {
    let followed = false;
    handler = (req, res) => {
      if (req.url === '/elsewhere') followed = true;
      res.writeHead(307, { location: '/elsewhere' }).end();
    };
    expect(await post()).toMatchObject({ outcome: 'http_error', statusCode: 307 });
    expect(followed).toBe(false);
  });

  test('a receiver that does not answer in time is a timeout', async () => {
    handler = () => undefined;
    expect(await post({ timeoutMs: 200 })).toMatchObject({ outcome: 'timeout', statusCode: null });
  });

  test('loopback targets are refused unless allowed, by literal IP and by resolved name', async () => {
    let reached = false;
    handler = (_req, res) => {
      reached = true;
      res.end();
    };
    expect(await post({ allowPrivate: false })).toMatchObject({ outcome: 'refused' });
    const port = new URL(url).port;
    expect(await post({ url: `http://localhost:${port}/hook`, allowPrivate: false })).toMatchObject({ outcome: 'refused' });
    expect(reached).toBe(false);
  });

  test('sends the body as JSON with the given headers', async () => {
    let seen: { body: string; headers: http.IncomingHttpHeaders } | null = null;
    handler = (req, res) => {
      const chunks: Buffer[] = [];
      req
        .on('data', (c) => chunks.push(c))
        .on('end', () => {
          seen = { body: Buffer.concat(chunks).toString(), headers: req.headers };
          res.end();
        });
    };
    await post();
    expect(seen!.body).toBe('{"type":"x"}');
    expect(seen!.headers).toMatchObject({ 'content-type': 'application/json', 'webhook-id': 'msg_1' });
  });
});
