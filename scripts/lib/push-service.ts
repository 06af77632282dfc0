import { createECDH, randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';

// http_ece has no type declarations; its decrypt is all the tests need.
const ece = require('http_ece') as { decrypt(buffer: Buffer, params: Record<string, unknown>): Buffer };

export interface PushRequest {
  /** The subscription's path on the service, e.g. `/push/3`. */
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  answered: number;
}

export interface PushReply {
  status: number;
  headers?: Record<string, string>;
}

/** A browser's side of a subscription: its key pair and auth secret, to decrypt what arrives. */
export const browserSubscription = (endpoint: string) => {
  const ecdh = createECDH('prime256v1');
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return {
    endpoint,
    keys: { p256dh: ecdh.getPublicKey().toString('base64url'), auth: auth.toString('base64url') },
    /** RFC 8291: the payload decrypted with this browser's private key and auth secret. */
    decrypt: (body: Buffer) =>
      JSON.parse(ece.decrypt(body, { version: 'aes128gcm', privateKey: ecdh, authSecret: auth.toString('base64url') }).toString('utf8')),
  };
};

/** A self-signed certificate for 127.0.0.1, made with openssl (node:crypto cannot issue certificates). */
export const makeCertificate = (dir = fs.mkdtempSync(path.join(os.tmpdir(), 'showrunner-push-'))) => {
  const [key, cert] = [path.join(dir, 'key.pem'), path.join(dir, 'cert.pem')];
  if (fs.existsSync(cert)) return { dir, key, cert };
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'ec',
      '-pkeyopt',
      'ec_paramgen_curve:prime256v1',
      '-nodes',
      '-days',
      '1',
      '-subj',
      '/CN=127.0.0.1',
      '-addext',
      'subjectAltName=IP:127.0.0.1',
      '-keyout',
      key,
      '-out',
      cert,
    ],
    { stdio: 'ignore' }
  );
  return { dir, key, cert };
};

/**
 * A loopback HTTPS push service with its own self-signed certificate (made with openssl for
 * 127.0.0.1). The server under test trusts it through NODE_EXTRA_CA_CERTS=`caFile`. It records
 * every request and answers what `respondWith` says (201 by default).
 * `certificateDir` reuses a certificate made earlier (for a process started with NODE_EXTRA_CA_CERTS
 * pointing at it).
 */
export const startPushService = async (certificateDir?: string) => {
  const { dir, key, cert } = makeCertificate(certificateDir);
  const received: PushRequest[] = [];
  let responder: (request: PushRequest) => PushReply | Promise<PushReply> = () => ({ status: 201 });
  const server = https.createServer({ key: fs.readFileSync(key), cert: fs.readFileSync(cert) }, (req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', async () => {
      const request: PushRequest = { path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks), answered: 0 };
      const reply = await responder(request);
      request.answered = reply.status;
      received.push(request);
      res.writeHead(reply.status, reply.headers ?? {});
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    caFile: cert,
    received,
    /** What to answer; a promise holds the request open until it settles (to act while a send is on its way). */
    respondWith(fn: (request: PushRequest) => PushReply | Promise<PushReply>) {
      responder = fn;
    },
    to: (pathname: string) => received.filter((request) => request.path === pathname),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      if (!certificateDir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
};

export type PushService = Awaited<ReturnType<typeof startPushService>>;
