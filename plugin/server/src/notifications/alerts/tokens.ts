import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Core } from '@strapi/strapi';

export const newToken = () => randomBytes(32).toString('base64url');

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A document id of the same shape Strapi gives its documents, for rows written with the query engine. */
export const newDocumentId = () => {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return [...randomBytes(24)].map((byte) => alphabet[byte % alphabet.length]).join('');
};

/**
 * Unsubscribe links must work in every mail for as long as the subscription lives, but only the
 * hash of a token is stored: so the token is derived from the subscription (an HMAC under the
 * host's app keys), recomputed for each mail, and looked up by its hash. Rotating APP_KEYS
 * retires the links of mails already sent; the next mail carries a working one again.
 */
export const createSigner = (strapi: Core.Strapi) => {
  const keys = (strapi.config.get('server.app.keys') as string[] | undefined) ?? [];
  const secret = keys.join(':') || 'showrunner-unsubscribe';
  const sign = (text: string) => createHmac('sha256', secret).update(`showrunner:unsubscribe:${text}`).digest('base64url');
  return {
    /** The token in an e-mail alert's unsubscribe link. */
    alertToken: (documentId: string) => `a.${sign(`alert:${documentId}`)}`,
    /** The token in a signed-in reader's mail: it turns the e-mail channel off for one kind. */
    readerToken: (userId: number, kind: string) => `r.${userId}.${kind}.${sign(`reader:${userId}:${kind}`)}`,
    /** The reader and kind a reader token names, when its signature holds. */
    readReaderToken(token: string): { userId: number; kind: string } | null {
      const match = /^r\.(\d+)\.([a-z]+)\.([A-Za-z0-9_-]+)$/.exec(token);
      if (!match) return null;
      const expected = Buffer.from(sign(`reader:${match[1]}:${match[2]}`));
      const given = Buffer.from(match[3]);
      return given.length === expected.length && timingSafeEqual(given, expected) ? { userId: Number(match[1]), kind: match[2] } : null;
    },
  };
};

export type Signer = ReturnType<typeof createSigner>;
