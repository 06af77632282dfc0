import type { Context as KoaContext } from 'koa';
import { MalformedRequestError, PayloadTooLargeError } from '../errors';

/**
 * Reads at most `limit` bytes of the request body, refusing a larger declared length before
 * reading any. JSON is parsed; any other body is handed to Apollo Server as text, which refuses it.
 */
export const readBody = async (ctx: KoaContext, limit: number): Promise<unknown> => {
  if (Number(ctx.get('content-length') || 0) > limit) throw new PayloadTooLargeError(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of ctx.req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new PayloadTooLargeError(limit);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString('utf8');
  if (!ctx.is('application/json', 'application/graphql-response+json')) return text;
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    throw new MalformedRequestError('The request body is not valid JSON.');
  }
};
