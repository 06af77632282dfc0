import type { Core, Modules, UID } from '@strapi/strapi';
import { errors } from '@strapi/utils';
import { getService } from '../get-service';
import { isShowrunnerUid } from '../../../../types/domain/uids';
import { deriveEvents, type DocumentChange } from './derive';
import { createEndpoints, prepareEndpointData } from './endpoints';
import { createOutbox } from './outbox';
import { generateSecret, secretHint } from './signing';
import { createSnapshots } from './snapshots';
import { isWebhookUid, WEBHOOK_UID } from './uids';

/** Reader-side content is not editorial news; it gets its own notifications in a later step. */
const UNTRACKED = new Set(['plugin::showrunner.comment']);

/** Types whose events happen only the first time, so their history is looked up. */
const FIRST_TIME_ONLY = new Set(['plugin::showrunner.season', 'plugin::showrunner.credit', 'plugin::showrunner.status-event']);

type Context = Parameters<Modules.Documents.Middleware.Middleware>[0];

/** Which change an action is, or null when it cannot change what the public sees. */
const changeOf = (ctx: Context, draftAndPublish: boolean): DocumentChange['action'] | null => {
  if (!isShowrunnerUid(ctx.uid) || isWebhookUid(ctx.uid) || UNTRACKED.has(ctx.uid)) return null;
  const saving = ctx.action === 'create' || ctx.action === 'update';
  if (!draftAndPublish) return saving ? 'save' : null;
  if (ctx.action === 'publish' || ctx.action === 'unpublish' || ctx.action === 'delete') return ctx.action;
  return saving && (ctx.params as { status?: string }).status === 'published' ? 'publish' : null;
};

const touchedLocales = (result: unknown): (string | null)[] => {
  const value = result as { entries?: { locale?: string | null }[]; documentId?: string; locale?: string | null } | null;
  if (Array.isArray(value?.entries)) return value.entries.map((entry) => entry.locale ?? null);
  return value?.documentId ? [value.locale ?? null] : [];
};

/**
 * Records domain events in the outbox inside the write's own transaction: the event exists if
 * and only if the change committed. The dispatcher is woken only after the commit, when the
 * rows are visible to it.
 */
export const webhookDocumentMiddleware = (strapi: Core.Strapi): Modules.Documents.Middleware.Middleware => {
  const snapshots = createSnapshots(strapi);
  const outbox = createOutbox(strapi);
  const endpoints = createEndpoints(strapi);

  /** Endpoints edited in the admin: validated input, a server-generated secret on create, no orphaned secret on delete. */
  const endpointWrite: Modules.Documents.Middleware.Middleware = async (ctx, next) => {
    const params = ctx.params as { data?: Record<string, unknown>; documentId?: string };
    if (params.data) params.data = prepareEndpointData(params.data);
    if (ctx.action !== 'create' && ctx.action !== 'delete') return next();
    const secret = ctx.action === 'create' ? generateSecret() : null;
    if (secret) params.data = { ...params.data, secretHint: secretHint(secret), source: 'admin' };
    return strapi.db.transaction(async () => {
      const result = await next();
      const created = (result as { documentId?: string } | null)?.documentId;
      if (secret && created) await endpoints.storeSecret(created, secret);
      if (ctx.action === 'delete' && params.documentId) await endpoints.removeSecrets(params.documentId);
      return result;
    });
  };

  return async (ctx, next) => {
    // Secrets are read and written with the query engine only; no Document Service caller
    // (the Content Manager, a content API route, a script) gets to list them.
    if (ctx.uid === WEBHOOK_UID.secret) throw new errors.ForbiddenError('Webhook secrets are not accessible.');
    if (ctx.uid === WEBHOOK_UID.endpoint && ['create', 'update', 'delete'].includes(ctx.action)) return endpointWrite(ctx, next);
    const model = strapi.getModel(ctx.uid as UID.ContentType);
    const action = changeOf(ctx, model?.options?.draftAndPublish === true);
    if (!action) return next();

    return strapi.db.transaction(async ({ onCommit }) => {
      const known = ctx.action === 'create' ? undefined : (ctx.params as { documentId?: string }).documentId;
      const before = known ? await snapshots.load(ctx.uid, known, { compare: true }) : [];
      const result = await next();
      const documentId = known ?? (result as { documentId?: string } | null)?.documentId;
      const touched = touchedLocales(result);
      if (!documentId || touched.length === 0) return result;

      const after = await snapshots.load(ctx.uid, documentId, { compare: before.length > 0 });
      const history = FIRST_TIME_ONLY.has(ctx.uid) ? await outbox.history(documentId) : new Set<string>();
      const contentType = model.info.singularName;
      const events = deriveEvents({ uid: ctx.uid, contentType, documentId, action, touched, before, after, history });
      if (events.length > 0 && (await outbox.record({ contentType, documentId }, events)) > 0) {
        onCommit(() => getService(strapi, 'webhooks').wake());
      }
      return result;
    });
  };
};
