import type { Core } from '@strapi/strapi';
import { GraphQLError } from 'graphql';

export const PREVIEW_HEADER = 'x-preview-token';

/**
 * Drafts are served only to requests carrying a Strapi API token (Settings > API Tokens) in the
 * preview header; a wrong or expired token is a 401, never a silent fall back to published content.
 */
export const isPreview = async (strapi: Core.Strapi, token: string | undefined): Promise<boolean> => {
  if (!token) return false;
  const apiTokens = strapi.service('admin::api-token') as {
    hash(accessKey: string): string;
    getBy(where: Record<string, unknown>): Promise<{ expiresAt?: string | null } | null>;
  };
  const found = await apiTokens.getBy({ accessKey: apiTokens.hash(token) });
  if (!found || (found.expiresAt && new Date(found.expiresAt) < new Date())) {
    throw new GraphQLError('The preview token is not valid.', { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
  return true;
};
