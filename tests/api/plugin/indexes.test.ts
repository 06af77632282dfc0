import type { Core } from '@strapi/strapi';
import { createDatabase, databaseKinds, type TestDatabase } from '../../support/databases';
import { loadStrapi } from '../../support/in-process';

const SLUGGED = ['series', 'person', 'article'].map((name) => `plugin::showrunner.${name}`);

const indexNames = async (strapi: Core.Strapi, table: string): Promise<string[]> => {
  const knex = strapi.db.connection;
  if (strapi.db.dialect.client === 'sqlite')
    return (await knex.raw(`select name from sqlite_master where type = 'index' and tbl_name = ?`, [table])).map((r: { name: string }) => r.name);
  return (await knex.raw('select indexname as name from pg_indexes where tablename = ?', [table])).rows.map((r: { name: string }) => r.name);
};

/** The query plan of a lookup as the read path sends it (a slug, or a series' critics' scores), flattened to text. */
const plan = async (strapi: Core.Strapi, table: string, lookupBy: 'slug' | 'owner' = 'slug') => {
  const knex = strapi.db.connection;
  const lookup = (
    lookupBy === 'slug'
      ? knex(table).whereIn('slug', ['ballard']).whereNotNull('published_at')
      : knex(table).whereIn('entity_id', [1, 2]).where({ field: 'criticScores', component_type: 'showrunner.critic-score' })
  ).toSQL();
  if (strapi.db.dialect.client === 'sqlite') return JSON.stringify(await knex.raw(`explain query plan ${lookup.sql}`, lookup.bindings));
  await knex.raw('set enable_seqscan = off');
  return JSON.stringify((await knex.raw(`explain ${lookup.sql}`, lookup.bindings)).rows);
};

describe.each(databaseKinds())('read-path indexes on %s', (kind) => {
  let database: TestDatabase;
  let strapi: Core.Strapi | null = null;

  beforeAll(async () => {
    database = await createDatabase(kind);
  });
  afterAll(async () => {
    await strapi?.destroy();
    await database?.drop();
  });

  it('index every slug the API looks documents up by and the owners of components, and keep them across restarts', async () => {
    for (let start = 1; start <= 2; start += 1) {
      strapi = await loadStrapi(database, { SHOWRUNNER_DEMO_CONTENT: 'off' });
      for (const uid of SLUGGED) {
        const table = strapi.db.metadata.get(uid).tableName;
        expect(await indexNames(strapi, table)).toContain(`${table}_slug_idx`);
      }
      const table = strapi.db.metadata.get('plugin::showrunner.series').tableName;
      expect(await plan(strapi, table)).toContain(`${table}_slug_idx`);
      const components = (strapi.db.metadata.get('plugin::showrunner.series').attributes.criticScores as unknown as { joinTable: { name: string } }).joinTable
        .name;
      expect(await indexNames(strapi, components)).toContain(`${components}_owner_idx`);
      // SQLite picked the component-type index on the bench catalog; PostgreSQL plans an empty table by cost ties, so only SQLite's plan says something here.
      if (kind === 'sqlite') expect(await plan(strapi, components, 'owner')).toContain(`${components}_owner_idx`);
      await strapi.destroy();
      strapi = null;
    }
  });
});
