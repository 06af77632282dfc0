import { requireSecret } from '../src/env/secrets';

/** What the frontend's preview route is told to render, per content type with a page of its own. */
const PREVIEW_TYPES: Record<string, string> = {
  'plugin::showrunner.series': 'series',
  'plugin::showrunner.article': 'article',
};

/**
 * The Content Manager's "Vorschau" opens SHOWRUNNER_PREVIEW_URL with the type, slug, locale and
 * status of the entry, plus SHOWRUNNER_PREVIEW_TOKEN: the frontend sends that token to /graphql as
 * `x-preview-token` to read drafts (a read-only Strapi API token; see graphql/src/preview.ts).
 */
const preview = (env) => {
  const frontend: string = env('SHOWRUNNER_PREVIEW_URL', '');
  const token: string = env('SHOWRUNNER_PREVIEW_TOKEN', '');
  return {
    enabled: frontend !== '',
    config: {
      allowedOrigins: frontend ? [new URL(frontend).origin] : [],
      async handler(uid: string, { documentId, locale, status }: { documentId: string; locale?: string; status?: string }) {
        const type = PREVIEW_TYPES[uid];
        if (!type) return null;
        const entry = await strapi.documents(uid as 'plugin::showrunner.series').findOne({ documentId, locale, status: status as 'draft' });
        if (!entry?.slug) return null;
        const url = new URL(frontend);
        const query = { type, slug: entry.slug as string, locale, status, token: token || undefined };
        for (const [name, value] of Object.entries(query)) if (value) url.searchParams.set(name, value);
        return url.href;
      },
    },
  };
};

export default ({ env }) => ({
  auth: { secret: requireSecret(env, 'ADMIN_JWT_SECRET') },
  apiToken: { salt: requireSecret(env, 'API_TOKEN_SALT') },
  transfer: { token: { salt: requireSecret(env, 'TRANSFER_TOKEN_SALT') } },
  secrets: { encryptionKey: requireSecret(env, 'ENCRYPTION_KEY') },
  flags: { nps: false, promoteEE: false },
  preview: preview(env),
});
