import { BadUserInputError } from '../errors';

const DOCUMENT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** A comment's API id: opaque, and distinct from every Node id (`Comment` is not refetchable by `node`). */
export const toCommentId = (documentId: string) => Buffer.from(`Comment:${documentId}`).toString('base64url');

/** The documentId behind a comment id this API handed out; its documentId is accepted as well. */
export const commentDocumentId = (id: string, argument: string) => {
  const decoded = Buffer.from(id, 'base64url').toString('utf8');
  if (decoded.startsWith('Comment:') && toCommentId(decoded.slice(8)) === id && DOCUMENT_ID.test(decoded.slice(8))) return decoded.slice(8);
  if (/^[a-z0-9]{24}$/.test(id)) return id;
  throw new BadUserInputError(argument, 'not a comment id returned by this API.');
};
