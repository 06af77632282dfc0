import net from 'node:net';
import { checkLiteralHost, RefusedTargetError } from '../../webhooks/address-policy';

export type EndpointProblem = 'INVALID_PUSH_ENDPOINT' | 'PUSH_ENDPOINT_REFUSED' | 'INVALID_PUSH_KEYS';

const MAX_ENDPOINT_LENGTH = 2048;

const bytes = (value: unknown) => (typeof value === 'string' && /^[A-Za-z0-9_-]+={0,2}$/.test(value) ? Buffer.from(value, 'base64url') : null);

/**
 * Push endpoints are URLs a client hands us, and the server POSTs to them: the webhooks' address
 * policy applies (https only; loopback, private and link-local addresses only when allowed). An IP
 * literal is checked here; a name is checked on every connection (guardedLookup), since what it
 * resolves to can change after registration.
 */
export const endpointProblem = (endpoint: unknown, allowPrivate: boolean): EndpointProblem | null => {
  if (typeof endpoint !== 'string' || endpoint.length > MAX_ENDPOINT_LENGTH) return 'INVALID_PUSH_ENDPOINT';
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return 'INVALID_PUSH_ENDPOINT';
  }
  if (url.protocol !== 'https:' || url.username || url.password) return 'INVALID_PUSH_ENDPOINT';
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && !net.isIP(host) && (host === 'localhost' || host.endsWith('.localhost'))) return 'PUSH_ENDPOINT_REFUSED';
  try {
    checkLiteralHost(url.hostname, allowPrivate);
  } catch (error) {
    if (error instanceof RefusedTargetError) return 'PUSH_ENDPOINT_REFUSED';
    throw error;
  }
  return null;
};

/** RFC 8291: p256dh is an uncompressed P-256 point (65 bytes), auth a 16-byte secret, both base64url. */
export const keysProblem = (keys: { p256dh?: unknown; auth?: unknown } | null | undefined): EndpointProblem | null => {
  const p256dh = bytes(keys?.p256dh);
  const auth = bytes(keys?.auth);
  return p256dh?.length === 65 && p256dh[0] === 0x04 && auth?.length === 16 ? null : 'INVALID_PUSH_KEYS';
};
