import http from 'node:http';
import https from 'node:https';
import { checkLiteralHost, guardedLookup, RefusedTargetError } from './address-policy';

export type SendOutcome = 'success' | 'http_error' | 'gone' | 'timeout' | 'network_error' | 'refused';

export interface SendResult {
  outcome: SendOutcome;
  statusCode: number | null;
  durationMs: number;
  retryAfter: string | null;
  responseExcerpt: string | null;
  error: string | null;
}

export interface SendRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  allowPrivate: boolean;
}

/** What the delivery log keeps of a response: enough to see the receiver's error message, not its whole page. */
export const EXCERPT_BYTES = 1024;

const outcomeOf = (status: number): SendOutcome => {
  if (status >= 200 && status < 300) return 'success';
  return status === 410 ? 'gone' : 'http_error';
};

class TimeoutError extends Error {}

/**
 * One POST with node:http: it never follows redirects, the timeout covers the whole exchange,
 * and the socket connects only to addresses the policy allows (checked at lookup, see guardedLookup).
 */
export const send = ({ url, body, headers, timeoutMs, allowPrivate }: SendRequest): Promise<SendResult> =>
  new Promise((resolve) => {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const fail = (outcome: SendOutcome, error: string) =>
      resolve({ outcome, statusCode: null, durationMs: elapsed(), retryAfter: null, responseExcerpt: null, error });

    let target: URL;
    try {
      target = new URL(url);
      if (target.protocol !== 'http:' && target.protocol !== 'https:') throw new Error(`Unsupported protocol ${target.protocol}`);
      checkLiteralHost(target.hostname, allowPrivate);
    } catch (error) {
      return fail(error instanceof RefusedTargetError ? 'refused' : 'network_error', (error as Error).message);
    }

    const client = target.protocol === 'https:' ? https : http;
    const request = client.request(target, {
      method: 'POST',
      agent: false,
      lookup: guardedLookup(allowPrivate) as never,
      headers: {
        'content-type': 'application/json',
        'content-length': String(Buffer.byteLength(body)),
        'user-agent': 'Showrunner-Webhooks/1.0',
        ...headers,
      },
    });
    const timer = setTimeout(() => request.destroy(new TimeoutError(`No complete response within ${timeoutMs} ms`)), timeoutMs);

    request.on('response', (response) => {
      const chunks: Buffer[] = [];
      let size = 0;
      const finish = () => {
        clearTimeout(timer);
        const status = response.statusCode ?? 0;
        // PostgreSQL text cannot hold NUL, and one stray byte must not keep the attempt from being recorded.
        const text = Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8');
        // eslint-disable-next-line no-control-regex -- the NUL byte is exactly what is removed
        const excerpt = text.replace(/\u0000/g, '');
        resolve({
          outcome: outcomeOf(status),
          statusCode: status,
          durationMs: elapsed(),
          retryAfter: (response.headers['retry-after'] as string | undefined) ?? null,
          responseExcerpt: excerpt,
          error: null,
        });
        response.destroy();
      };
      response.on('data', (chunk: Buffer) => {
        chunks.push(chunk);
        size += chunk.length;
        if (size >= EXCERPT_BYTES) finish();
      });
      response.on('end', finish);
      response.on('error', () => finish());
    });
    request.on('error', (error) => {
      clearTimeout(timer);
      if (error instanceof TimeoutError) return fail('timeout', error.message);
      if (error instanceof RefusedTargetError) return fail('refused', error.message);
      fail('network_error', `${(error as NodeJS.ErrnoException).code ?? error.name}: ${error.message}`);
    });
    request.end(body);
  });
