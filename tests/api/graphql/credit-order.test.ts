import { execute } from '../../../scripts/lib/bulk-followers';
import { databaseKinds, type TestDatabase } from '../../support/databases';
import { graphql } from '../../support/graphql-client';
import { startServer, type TestServer } from '../../support/server';
import { bootedDatabase } from '../../support/templates';
import { adminApi, type AdminApi } from '../../support/webhook-receiver';

jest.setTimeout(240_000);

const SERIES = 'plugin::showrunner.series';
const PERSON = 'plugin::showrunner.person';
const CREDIT = 'plugin::showrunner.credit';

const link = (documentId: string, locale?: string) => ({ connect: [{ documentId, ...(locale ? { locale } : {}) }] });

const CAST = /* GraphQL */ `
  query Cast($slug: String!, $first: Int, $after: String) {
    series(slug: $slug) {
      cast(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          person {
            name
          }
          billing
          roles {
            character
          }
        }
      }
    }
  }
`;

/**
 * The order of cast and crew is kept on write (graphql/src/store/credit-order.ts), not ranked per
 * request: every kind of editorial change that moves someone in the list is made here the way an
 * editor makes it (the Content Manager's API on a real server) and read back through the public API.
 */
describe.each(databaseKinds())('the stored order of cast and crew on %s', (kind) => {
  let database: TestDatabase;
  let server: TestServer;
  let admin: AdminApi;

  const castOf = async (slug: string, first = 50, headers: Record<string, string> = {}) => {
    const { body } = await graphql(server.url, CAST, { slug, first }, { 'cache-control': 'no-cache', ...headers });
    expect(body.errors).toBeUndefined();
    return body.data.series.cast as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: any[] };
  };
  const names = async (slug: string, headers: Record<string, string> = {}) => (await castOf(slug, 50, headers)).nodes.map((node) => node.person.name);

  const person = (name: string) => admin.createPublished(PERSON, { name, slug: name.toLowerCase().replace(/\W+/g, '-') }, 'de');
  const credit = (personId: string, seriesId: string, fields: Record<string, unknown>) =>
    admin.createPublished(CREDIT, { department: 'cast', person: link(personId, 'de'), series: link(seriesId, 'de'), ...fields });

  let rangliste: string;
  let andere: string;
  const people: Record<string, string> = {};
  const credits: Record<string, string> = {};

  beforeAll(async () => {
    database = await bootedDatabase(kind, 'demo');
    server = await startServer(database, { SHOWRUNNER_EXPOSE_SQL_COUNT: 'true' });
    admin = await adminApi(server.url);
    rangliste = await admin.createPublished(SERIES, { title: 'Rangliste', slug: 'rangliste' }, 'de');
    andere = await admin.createPublished(SERIES, { title: 'Andere Serie', slug: 'andere-serie' }, 'de');
    for (const name of ['Clara Main', 'Anton Main', 'Berta Gast', 'Dora Wiederkehr']) people[name] = await person(name);
    credits.anton = await credit(people['Anton Main'], rangliste, { billing: 'main', order: 2, character: 'Anton' });
    credits.berta = await credit(people['Berta Gast'], rangliste, { billing: 'guest', order: 0, character: 'Berta' });
    credits.clara = await credit(people['Clara Main'], rangliste, { billing: 'main', order: 1, character: 'Clara' });
    credits.dora = await credit(people['Dora Wiederkehr'], rangliste, { billing: 'recurring', order: 5, character: 'Dora' });
    // A second role of Anton's: one entry with both roles, placed by his best billing.
    credits.antonZwei = await credit(people['Anton Main'], rangliste, { billing: 'guest', order: 9, character: 'Antons Zwilling' });
  });
  afterAll(async () => {
    await server?.stop();
    await database?.drop();
  });

  it('lists each person once, by best billing, then first billing order, then name, and pages by an index range', async () => {
    const all = await castOf('rangliste');
    expect(all.totalCount).toBe(4);
    expect(all.nodes.map((node) => [node.person.name, node.roles.map((role: any) => role.character).sort()])).toEqual([
      ['Clara Main', ['Clara']],
      ['Anton Main', ['Anton', 'Antons Zwilling']],
      ['Dora Wiederkehr', ['Dora']],
      ['Berta Gast', ['Berta']],
    ]);
    const first = await castOf('rangliste', 2);
    const { body } = await graphql(server.url, CAST, { slug: 'rangliste', first: 2, after: first.pageInfo.endCursor }, { 'cache-control': 'no-cache' });
    expect([first.nodes.map((node) => node.person.name), first.pageInfo.hasNextPage]).toEqual([['Clara Main', 'Anton Main'], true]);
    expect(body.data.series.cast.nodes.map((node: any) => node.person.name)).toEqual(['Dora Wiederkehr', 'Berta Gast']);
    expect([body.data.series.cast.totalCount, body.data.series.cast.pageInfo.hasNextPage]).toEqual([4, false]);
  });

  it('moves a person when a credit is published with another billing, and not while it is only a draft', async () => {
    await admin.update(CREDIT, credits.berta, { billing: 'main' });
    expect(await names('rangliste')).toEqual(['Clara Main', 'Anton Main', 'Dora Wiederkehr', 'Berta Gast']);
    await admin.publish(CREDIT, credits.berta, { billing: 'main' });
    expect(await names('rangliste')).toEqual(['Berta Gast', 'Clara Main', 'Anton Main', 'Dora Wiederkehr']);
  });

  it('shows the drafts’ order in preview', async () => {
    const created = await admin.call('POST', '/admin/api-tokens', { name: 'order preview', type: 'read-only', lifespan: null, description: 'credit order' });
    expect(created.status).toBe(201);
    await admin.update(CREDIT, credits.dora, { billing: 'main', order: 0 });
    const preview = { 'x-preview-token': created.body.data.accessKey as string };
    // Berta and Dora are main at 0 now, so by name.
    expect(await names('rangliste', preview)).toEqual(['Berta Gast', 'Dora Wiederkehr', 'Clara Main', 'Anton Main']);
    expect(await names('rangliste')).toEqual(['Berta Gast', 'Clara Main', 'Anton Main', 'Dora Wiederkehr']);
    await admin.publish(CREDIT, credits.dora, { billing: 'main', order: 0 });
    expect(await names('rangliste')).toEqual(['Berta Gast', 'Dora Wiederkehr', 'Clara Main', 'Anton Main']);
  });

  it('reorders people of equal billing and order when one is renamed, and drops one who is unpublished', async () => {
    await admin.publish(CREDIT, credits.clara, { order: 0 });
    await admin.publish(CREDIT, credits.anton, { order: 0 });
    // Dora, Berta, Clara, Anton: all main at 0, so by name.
    expect(await names('rangliste')).toEqual(['Anton Main', 'Berta Gast', 'Clara Main', 'Dora Wiederkehr']);
    await admin.publish(PERSON, people['Clara Main'], { name: 'Aaliyah Main' }, 'de');
    expect(await names('rangliste')).toEqual(['Aaliyah Main', 'Anton Main', 'Berta Gast', 'Dora Wiederkehr']);
    await admin.unpublish(PERSON, people['Berta Gast'], 'de');
    const cast = await castOf('rangliste');
    expect([cast.totalCount, cast.nodes.map((node) => node.person.name)]).toEqual([3, ['Aaliyah Main', 'Anton Main', 'Dora Wiederkehr']]);
    await admin.publish(PERSON, people['Berta Gast'], {}, 'de');
    expect((await castOf('rangliste')).totalCount).toBe(4);
  });

  it('moves a credit to another series, and drops a deleted one', async () => {
    await admin.publish(CREDIT, credits.dora, {
      series: { disconnect: [{ documentId: rangliste, locale: 'de' }], connect: [{ documentId: andere, locale: 'de' }] },
    });
    expect(await names('andere-serie')).toEqual(['Dora Wiederkehr']);
    expect(await names('rangliste')).toEqual(['Aaliyah Main', 'Anton Main', 'Berta Gast']);
    await admin.remove(CREDIT, credits.berta);
    const cast = await castOf('rangliste');
    expect([cast.totalCount, cast.nodes.map((node) => node.person.name)]).toEqual([2, ['Aaliyah Main', 'Anton Main']]);
  });

  it('ranks the credits of a bulk publish (concurrent writes in one transaction) once each', async () => {
    const drafts = [];
    for (const [name, billing] of [
      ['Emil Neu', 'main'],
      ['Frieda Wiederkehr', 'recurring'],
      ['Gustav Gast', 'guest'],
    ]) {
      people[name] = await person(name);
      drafts.push(await admin.create(CREDIT, { department: 'cast', billing, order: 0, person: link(people[name], 'de'), series: link(rangliste, 'de') }));
    }
    const published = await admin.call('POST', `/content-manager/collection-types/${CREDIT}/actions/bulkPublish`, { documentIds: drafts });
    expect(published.status).toBe(200);
    expect(await names('rangliste')).toEqual(['Aaliyah Main', 'Anton Main', 'Emil Neu', 'Frieda Wiederkehr', 'Gustav Gast']);
    const twice = await execute(
      database,
      'SELECT series_id, department, credit_id, count(*) AS copies FROM showrunner_credit_ranks GROUP BY series_id, department, credit_id HAVING count(*) > 1'
    );
    expect(twice).toEqual([]);
  });

  it('ranks again at start-up what was written past the Document Service', async () => {
    // An import or a hand-written UPDATE does not pass the document middleware; the start-up ranks every series.
    await execute(database, "UPDATE showrunner_credit SET billing = 'guest' WHERE document_id = ?", [credits.clara]);
    await server.stop();
    server = await startServer(database, { SHOWRUNNER_EXPOSE_SQL_COUNT: 'true' });
    expect(await names('rangliste')).toEqual(['Anton Main', 'Emil Neu', 'Frieda Wiederkehr', 'Aaliyah Main', 'Gustav Gast']);
  });
});
