import { ClientError } from '../errors';
import type { ReaderPorts, Viewer } from './ports';

export class UnauthenticatedError extends ClientError {
  constructor(message: string) {
    super(message, 'UNAUTHENTICATED', 401, {}, { 'www-authenticate': 'Bearer' });
  }
}

/**
 * The signed-in reader of a request: no Authorization header is an anonymous reader (null); a
 * header that is not a usable users-permissions JWT is refused, never silently anonymous.
 */
export const viewerOf = async (readers: Pick<ReaderPorts, 'viewerFromToken'>, authorization: string | undefined): Promise<Viewer | null> => {
  if (!authorization) return null;
  const token = /^Bearer\s+(\S+)$/i.exec(authorization.trim())?.[1];
  if (!token) throw new UnauthenticatedError('The Authorization header must be "Bearer <token>", with a token from POST /api/auth/local.');
  const viewer = await readers.viewerFromToken(token);
  if (!viewer) throw new UnauthenticatedError('The token is expired, invalid, or its account no longer exists. Log in again.');
  return viewer;
};
