import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedWebhook {
  id: string;
  timestamp: string;
  signature: string;
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, any> };
  /** Whether standardwebhooks verified the signature with the receiver's secret. */
  verified: boolean;
  verifyError?: string;
  /** How many requests with this webhook-id arrived before, this one included (1 = first). */
  delivery: number;
  receivedAt: number;
  /** The status the receiver answered with; undefined while (or because) it hangs. */
  answered?: number;
}

export interface Reply {
  status: number;
  headers?: Record<string, string>;
  body?: string;
  /** Never answer: the dispatcher has to time out. */
  hang?: boolean;
  /** Answer late, to widen the window in which two dispatchers could race. */
  delayMs?: number;
}

export type Responder = (request: ReceivedWebhook) => Reply;

/**
 * A real HTTP receiver on loopback that checks every request the way an integration would:
 * with the standardwebhooks library and the endpoint's secret.
 */
export const startReceiver = async (secret: string) => {
  const received: ReceivedWebhook[] = [];
  const seen = new Map<string, number>();
  let responder: Responder = () => ({ status: 204 });
  let secrets = [secret];

  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const headers = request.headers as Record<string, string>;
      const id = headers['webhook-id'] ?? '';
      seen.set(id, (seen.get(id) ?? 0) + 1);
      let verified = false;
      let verifyError: string | undefined;
      for (const candidate of secrets) {
        try {
          new Webhook(candidate).verify(body, headers);
          verified = true;
          break;
        } catch (error) {
          verifyError = (error as Error).message;
        }
      }
      let payload: ReceivedWebhook['payload'];
      try {
        payload = JSON.parse(body);
      } catch {
        payload = { type: '(not json)', timestamp: '', data: {} };
      }
      const entry: ReceivedWebhook = {
        id,
        timestamp: headers['webhook-timestamp'] ?? '',
        signature: headers['webhook-signature'] ?? '',
        body,
        payload,
        verified,
        verifyError: verified ? undefined : verifyError,
        delivery: seen.get(id)!,
        receivedAt: Date.now(),
      };
      received.push(entry);
      const reply = responder(entry);
      if (reply.hang) return;
      setTimeout(() => {
        entry.answered = reply.status;
        response.writeHead(reply.status, reply.headers);
        response.end(reply.body ?? '');
      }, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const waitFor = async (what: string, predicate: (all: ReceivedWebhook[]) => boolean, timeoutMs = 60_000) => {
    const deadline = Date.now() + timeoutMs;
    while (!predicate(received)) {
      if (Date.now() > deadline) {
        const summary = received.map((r) => `${r.payload.type} ${r.id} #${r.delivery}`).join('\n  ');
        throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; received:\n  ${summary || '(nothing)'}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    return received;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    respondWith(next: Responder) {
      responder = next;
    },
    acceptSecrets(next: string[]) {
      secrets = next;
    },
    ofType: (type: string) => received.filter((r) => r.payload.type === type),
    waitFor,
    /** Waits until `count` distinct messages of `type` arrived (optionally matching `where`), and returns them. */
    async waitForType(type: string, count = 1, where: (r: ReceivedWebhook) => boolean = () => true, timeoutMs?: number) {
      const matching = () => [...new Map(received.filter((r) => r.payload.type === type && where(r)).map((r) => [r.id, r])).values()];
      await waitFor(`${count} × ${type}`, () => matching().length >= count, timeoutMs);
      return matching();
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
};

export type Receiver = Awaited<ReturnType<typeof startReceiver>>;

/**
 * Drives a test server through the admin API the way the Content Manager does, so events come
 * from the same code path as an editor's clicks. The first call registers the first administrator.
 */
export const adminApi = async (baseUrl: string) => {
  const credentials = { email: 'webhooks@example.com', password: 'Webhooks-Test-2025', firstname: 'Web', lastname: 'Hooks' };
  let response = await fetch(`${baseUrl}/admin/register-admin`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(credentials),
  });
  if (!response.ok) {
    response = await fetch(`${baseUrl}/admin/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: credentials.email, password: credentials.password }),
    });
  }
  if (!response.ok) throw new Error(`Admin login failed: ${response.status} ${await response.text()}`);
  const { data } = (await response.json()) as { data: { token: string } };

  const call = async (method: string, path: string, body?: unknown) => {
    const result = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { authorization: `Bearer ${data.token}`, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await result.text();
    const json = text ? JSON.parse(text) : null;
    return { status: result.status, body: json };
  };
  const ok = async (method: string, path: string, body?: unknown) => {
    const result = await call(method, path, body);
    if (result.status >= 300) throw new Error(`${method} ${path} → ${result.status}: ${JSON.stringify(result.body)}`);
    return result.body;
  };
  const collection = (uid: string) => `/content-manager/collection-types/${uid}`;
  const query = (locale?: string) => (locale ? `?locale=${locale}` : '');

  return {
    call,
    /** Creates a draft (or, without draft & publish, the entry) and returns its documentId. */
    create: async (uid: string, fields: Record<string, unknown>, locale?: string) =>
      (await ok('POST', `${collection(uid)}${query(locale)}`, fields)).data.documentId as string,
    update: (uid: string, documentId: string, fields: Record<string, unknown>, locale?: string) =>
      ok('PUT', `${collection(uid)}/${documentId}${query(locale)}`, fields),
    publish: (uid: string, documentId: string, fields: Record<string, unknown> = {}, locale?: string) =>
      ok('POST', `${collection(uid)}/${documentId}/actions/publish${query(locale)}`, fields),
    unpublish: (uid: string, documentId: string, locale?: string) => ok('POST', `${collection(uid)}/${documentId}/actions/unpublish${query(locale)}`, {}),
    remove: (uid: string, documentId: string, locale?: string) => ok('DELETE', `${collection(uid)}/${documentId}${query(locale)}`),
    /** Creates and publishes in one request, as "Publish" on a new entry does. */
    createPublished: async (uid: string, fields: Record<string, unknown>, locale?: string) =>
      (await ok('POST', `${collection(uid)}/actions/publish${query(locale)}`, fields)).data.documentId as string,
    findMany: async (uid: string, params = '') => (await ok('GET', `${collection(uid)}?pageSize=100${params}`)).results as Record<string, any>[],
    findOne: async (uid: string, documentId: string) => (await ok('GET', `${collection(uid)}/${documentId}`)).data as Record<string, any>,
  };
};

export type AdminApi = Awaited<ReturnType<typeof adminApi>>;
