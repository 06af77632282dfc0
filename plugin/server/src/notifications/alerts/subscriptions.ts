import type { Core } from '@strapi/strapi';
import type { Outcome } from '@showrunner/graphql';
import { getSettings } from '../../config/get-settings';
import { sendMail } from '../../accounts/email';
import { confirmLink } from './links';
import { optInMail } from './mails';
import { hashToken, newDocumentId, newToken, type Signer } from './tokens';
import { EMAIL_ALERT, SERIES } from './uids';
import { checkAlertRequest, invalidTokenError, MAX_SERIES, unknownSeriesErrors } from './validate';

type Row = Record<string, any>;

/**
 * E-mail alerts without an account. Every write goes through the query engine: the rows are
 * reader data, so they must not pass the document middleware that turns writes into webhook
 * events and change-feed entries.
 */
export const createAlertSubscriptions = (strapi: Core.Strapi, signer: Signer) => {
  const settings = () => getSettings(strapi).alerts;
  const alerts = () => strapi.db.query(EMAIL_ALERT as never);

  /** Published series by slug (any locale), one row each, for linking and for naming them in the mail. */
  const publishedSeries = async (slugs: string[]) => {
    const rows: Row[] = await strapi.db.query(SERIES as never).findMany({
      where: { slug: { $in: slugs }, publishedAt: { $notNull: true } },
      select: ['id', 'documentId', 'slug', 'title', 'locale'],
      orderBy: { id: 'asc' },
    });
    const bySlug = new Map<string, Row>();
    for (const row of rows) if (!bySlug.has(row.slug) || row.locale === 'de') bySlug.set(row.slug, row);
    return bySlug;
  };

  return {
    /**
     * Stores a pending subscription and mails the opt-in link. The answer is the same whether the
     * address is new, pending or already subscribed: it tells a stranger nothing about it.
     */
    async subscribe(
      input: { email: string; series: string[]; kinds?: string[] | null },
      ip: string,
      allow: (email: string) => Promise<number | null>
    ): Promise<Outcome<{ accepted: true }> | { retryAfter: number }> {
      const { request, errors } = checkAlertRequest(input);
      // A list over the limit is refused before it reaches the database as one huge IN (…).
      if (request.series.length > MAX_SERIES) return { value: null, userErrors: errors };
      const series = await publishedSeries([...new Set(request.series)]);
      errors.push(...unknownSeriesErrors(request.series, new Set(series.keys())));
      if (errors.length) return { value: null, userErrors: errors };
      const wait = await allow(request.email);
      if (wait !== null) return { retryAfter: wait };

      const { confirmTtlMs, consentTextVersion } = settings();
      const token = newToken();
      const now = new Date();
      const documentId = newDocumentId();
      const linked = [...series.values()];
      await alerts().create({
        data: {
          documentId,
          email: request.email,
          series: linked.map((row) => row.id),
          kinds: request.kinds,
          state: 'pending',
          confirmTokenHash: hashToken(token),
          confirmExpiresAt: new Date(now.getTime() + confirmTtlMs),
          unsubscribeTokenHash: hashToken(signer.alertToken(documentId)),
          consentAt: now,
          consentTextVersion,
          consentIp: ip,
        },
      });
      const mail = optInMail({
        series: linked.map((row) => row.title),
        kinds: request.kinds,
        link: confirmLink(strapi, token),
        validHours: Math.round(confirmTtlMs / 3_600_000),
      });
      try {
        await sendMail(strapi, { to: request.email, ...mail });
      } catch (error) {
        // The answer stays the same; the reader can ask again once the mail server is back.
        strapi.log.error(`[showrunner] Opt-in mail for an e-mail alert could not be sent: ${(error as Error)?.message ?? error}`);
      }
      return { value: { accepted: true }, userErrors: [] };
    },

    /**
     * Activates the subscription the token belongs to. Confirming again while the link is valid
     * answers the same (a second click is not an error); an unsubscribed one stays unsubscribed.
     * An address has one active subscription per series: the newest confirmed choice of kinds wins,
     * so the address's older subscriptions give up the series this one names (one mail per event,
     * not one per request), and one left with no series ends.
     */
    async confirm(token: string): Promise<Outcome<{ confirmed: true; series: string[] }>> {
      const row: Row | null = await alerts().findOne({
        where: { confirmTokenHash: hashToken(token), confirmExpiresAt: { $gt: new Date() }, state: { $in: ['pending', 'active'] } },
        populate: { series: { select: ['id', 'documentId'] } },
      });
      if (!row) return { value: null, userErrors: [invalidTokenError()] };
      if (row.state === 'pending') {
        const now = new Date();
        const named = new Set<number>((row.series ?? []).map((s: Row) => s.id));
        const older: Row[] = await alerts().findMany({
          where: { email: row.email, state: 'active', id: { $ne: row.id }, series: { id: { $in: [...named] } } },
          populate: { series: { select: ['id'] } },
        });
        for (const other of older) {
          const rest = (other.series ?? []).map((s: Row) => s.id).filter((id: number) => !named.has(id));
          await alerts().update({ where: { id: other.id }, data: rest.length ? { series: rest } : { state: 'unsubscribed', unsubscribedAt: now } });
        }
        await alerts().update({ where: { id: row.id }, data: { state: 'active', confirmedAt: now } });
      }
      return { value: { confirmed: true, series: [...new Set<string>((row.series ?? []).map((s: Row) => s.documentId))] }, userErrors: [] };
    },

    /** Ends the subscription an unsubscribe token names; false when there is none. Idempotent. */
    async unsubscribe(token: string): Promise<boolean> {
      const row: Row | null = await alerts().findOne({ where: { unsubscribeTokenHash: hashToken(token) }, select: ['id', 'state'] });
      if (!row) return false;
      if (row.state !== 'unsubscribed') await alerts().update({ where: { id: row.id }, data: { state: 'unsubscribed', unsubscribedAt: new Date() } });
      return true;
    },

    /**
     * Forgets requests nobody confirmed in time: without the confirmation there is no consent, and
     * no reason to keep the address.
     */
    async purgeUnconfirmed(now = new Date()) {
      const { count } = await alerts().deleteMany({ where: { state: 'pending', confirmExpiresAt: { $lt: now } } });
      return Number(count ?? 0);
    },

    /** Whether an unsubscribe token names a subscription (for the page a GET shows). */
    async exists(token: string) {
      return Boolean(await alerts().findOne({ where: { unsubscribeTokenHash: hashToken(token) }, select: ['id'] }));
    },
  };
};

export type AlertSubscriptions = ReturnType<typeof createAlertSubscriptions>;
