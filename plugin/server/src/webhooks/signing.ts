import { randomBytes } from 'node:crypto';
import { Webhook } from 'standardwebhooks';

/** 32 random bytes, base64, with the whsec_ prefix every Standard Webhooks library accepts. */
export const generateSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** Enough of a secret to tell which one is active, never enough to use it. */
export const secretHint = (secret: string) => `whsec_…${secret.slice(-6)}`;

/** Throws unless the library can use the secret (base64, optionally whsec_-prefixed). */
export const assertUsableSecret = (secret: string) => {
  new Webhook(secret);
};

/**
 * One v1 signature per secret, space-separated as the spec allows: during a rotation the
 * receiver can verify with the old secret or the new one, so no message is lost in between.
 */
export const signatureHeader = (secrets: string[], messageId: string, timestamp: Date, body: string) =>
  secrets.map((secret) => new Webhook(secret).sign(messageId, timestamp, body)).join(' ');

export const signedHeaders = (secrets: string[], messageId: string, body: string, now = new Date()) => ({
  'webhook-id': messageId,
  'webhook-timestamp': String(Math.floor(now.getTime() / 1000)),
  'webhook-signature': signatureHeader(secrets, messageId, now, body),
});

/** Time-ordered, so ids sort roughly by creation in logs; unique across processes. */
export const newMessageId = () => `msg_${Date.now().toString(36)}${randomBytes(10).toString('hex')}`;
