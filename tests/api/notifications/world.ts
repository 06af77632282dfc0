import { expect } from '@jest/globals';
import type { TestDatabase } from '../../support/databases';
import { graphql, type GraphQLResponse } from '../../support/graphql-client';
import { adminApi } from '../../support/webhook-receiver';
import { accountsApi } from '../readers/client';
import { peek } from '../readers/peek';

export const ARTICLE = 'plugin::showrunner.article';

export type Reader = { username: string; email: string; password: string; token: string; id: number };

export const INBOX = `query Inbox($first: Int, $after: String, $unreadOnly: Boolean) { viewer {
  unreadNotificationCount
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) { totalCount pageInfo { hasNextPage endCursor } nodes { id kind title body url tag read createdAt } } } }`;

/** A server seen the way a site and its editors see it: readers over GraphQL, editors through the admin API. */
export const siteOf = (baseUrl: string, database: TestDatabase) => {
  let counter = 0;
  const gql = (query: string, variables: Record<string, unknown> = {}, token?: string) =>
    graphql(baseUrl, query, variables, token ? { authorization: `Bearer ${token}` } : {});
  const ok = (response: GraphQLResponse) => {
    expect(response.body.errors).toBeUndefined();
    return response.body.data;
  };
  let admin: Awaited<ReturnType<typeof adminApi>> | null = null;

  return {
    gql,
    ok,
    async register(name: string): Promise<Reader> {
      counter += 1;
      const reader = {
        username: `${name}-${counter}-${process.pid}`,
        email: `${name}-${counter}-${process.pid}@example.com`,
        password: `Geheim-${name}-${counter}!`,
      };
      const answer = await accountsApi(baseUrl).register(reader, `127.0.0.${10 + (counter % 200)}`);
      expect(answer.status).toBe(200);
      return { ...reader, token: answer.body.jwt, id: answer.body.user.id };
    },
    async follow(reader: Reader, series: string) {
      expect(
        ok(await gql(`mutation($s: String!) { followSeries(input: { series: $s }) { userErrors { code } } }`, { s: series }, reader.token)).followSeries
          .userErrors
      ).toEqual([]);
    },
    async seriesDocumentId(slug: string) {
      const [row] = await peek(database, 'select document_id from showrunner_series where slug = ? limit 1', [slug]);
      return String(row.document_id);
    },
    /** Publishes an article tagged with the series through the Content Manager, as an editor does. */
    async publishArticle(headline: string, seriesDocumentId: string) {
      admin ??= await adminApi(baseUrl);
      const slug = `${headline.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${Date.now()}`;
      return admin.createPublished(
        ARTICLE,
        { headline, slug, publishedOn: new Date().toISOString(), series: { connect: [{ documentId: seriesDocumentId }] } },
        'de'
      );
    },
    async inbox(reader: Reader, variables: Record<string, unknown> = {}) {
      return ok(await gql(INBOX, variables, reader.token)).viewer as {
        unreadNotificationCount: number;
        notifications: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; nodes: Record<string, any>[] };
      };
    },
  };
};

export type Site = ReturnType<typeof siteOf>;

export const waitFor = async <T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 60_000): Promise<T> => {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};
