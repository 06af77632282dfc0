import type { Core } from '@strapi/strapi';
import { UID } from '../../../../types/domain/uids';
import { getSettings } from '../config/get-settings';
import { extendMiddleware } from './middlewares';

/** What the frontend's preview route is told to render, per content type with a page of its own. */
const PREVIEW_TYPES: Record<string, string> = { [UID.series]: 'series', [UID.article]: 'article' };

type Params = { documentId: string; locale?: string; status?: string };

/**
 * The Content Manager's "Vorschau" opens `preview.url` with the type, slug, locale and status of
 * the entry, plus `preview.token`: the frontend sends that token to /graphql as `x-preview-token`
 * to read drafts. A host that configured `admin.preview` itself keeps its own.
 */
export const configurePreview = (strapi: Core.Strapi) => {
  const { url: frontend, token } = getSettings(strapi).preview;
  if (!frontend || strapi.config.get('admin.preview.config.handler')) return;
  const origin = new URL(frontend).origin;
  strapi.config.set('admin.preview', {
    enabled: true,
    config: {
      allowedOrigins: [origin],
      async handler(uid: string, { documentId, locale, status }: Params) {
        const type = PREVIEW_TYPES[uid];
        if (!type) return null;
        const entry = await strapi.documents(uid as typeof UID.series).findOne({ documentId, locale, status: status as 'draft' });
        if (!entry?.slug) return null;
        const url = new URL(frontend);
        for (const [name, value] of Object.entries({ type, slug: entry.slug, locale, status, token })) if (value) url.searchParams.set(name, value);
        return url.href;
      },
    },
  });
  // The Content Manager opened the admin's CSP to preview origins in its own register, before ours ran.
  extendMiddleware(strapi, 'strapi::security', { contentSecurityPolicy: { directives: { 'frame-src': [origin] } } });
};
