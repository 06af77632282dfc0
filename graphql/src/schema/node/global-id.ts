import { LOCALES, type Entity, type EntityScope, type LocaleCode } from '../../../../types/domain/entities';
import { BadUserInputError } from '../../errors';
import { chainFrom } from '../../locale';

export const NODE_TYPES = [
  'Series',
  'Season',
  'Episode',
  'Person',
  'StatusEvent',
  'Article',
  'Platform',
  'Company',
  'Franchise',
  'Genre',
  'Outlet',
  'Author',
  'Category',
] as const;

export type NodeType = (typeof NODE_TYPES)[number];

export interface GlobalId extends EntityScope {
  type: NodeType;
  documentId: string;
}

const STATUS = { published: false, draft: true } as const;
const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * `Type:documentId:locale:status` in base64url. The locale is the first of the chain the object
 * was read with, which decides the whole chain: an English page that falls back to German text
 * still links along the English chain, so it is another object than the German one.
 */
export const toGlobalId = (type: NodeType, { documentId, chain, draft }: Pick<Entity, 'documentId' | 'chain' | 'draft'>) =>
  Buffer.from(`${type}:${documentId}:${chain[0]}:${draft ? 'draft' : 'published'}`).toString('base64url');

/** The object an id names; anything this API did not hand out is a BAD_USER_INPUT naming `argument`. */
export const fromGlobalId = (id: string, argument: string): GlobalId => {
  const [type, documentId, locale, status, ...rest] = Buffer.from(id, 'base64url').toString('utf8').split(':');
  const valid =
    rest.length === 0 &&
    NODE_TYPES.includes(type as NodeType) &&
    DOCUMENT_ID.test(documentId ?? '') &&
    LOCALES.includes(locale as LocaleCode) &&
    (status === 'published' || status === 'draft');
  const decoded = valid ? { type: type as NodeType, documentId, chain: chainFrom(locale as LocaleCode), draft: STATUS[status as keyof typeof STATUS] } : null;
  // Only the canonical spelling counts, so one object never has two ids.
  if (!decoded || toGlobalId(decoded.type, decoded) !== id) {
    throw new BadUserInputError(argument, 'not an id returned by this API.');
  }
  return decoded;
};
