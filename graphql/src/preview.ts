import type { Core } from '@strapi/strapi';
import { GraphQLError } from 'graphql';

export const PREVIEW_HEADER = 'x-preview-token';

/**
 * Drafts are served only to requests carrying a Strapi API token (Settings > API Tokens) in the
 * preview header; a wrong or expired token is a 401, never a silent fall back to published content.
 */
export const isPreview = async (strapi: Core.Strapi, token: string | undefined): Promise<boolean> => {
  if (!token) return false;
  const apiTokens = strapi.service('admin::api-token-content-api') as {
    hash(accessKey: string): string;
    getByAccessKey(hash: string): Promise<{ kind?: string | null; expiresAt?: string | null } | null>;
  };
  const found = await apiTokens.getByAccessKey(apiTokens.hash(token));
  const usable = found && (found.kind ?? 'content-api') === 'content-api' && !(found.expiresAt && new Date(found.expiresAt) < new Date());
  if (!usable) {
    throw new GraphQLError('The preview token is not valid.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  return true;
};
