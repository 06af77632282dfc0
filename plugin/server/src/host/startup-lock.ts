import type { Core } from '@strapi/strapi';

// "SHOWRUN!" in ASCII. Advisory lock keys are per database, so only instances sharing one database meet here.
const STARTUP_LOCK_KEY = '6001133739933257249';

type RawConnection = { query(sql: string, values?: unknown[]): Promise<{ rows: { locked?: boolean }[] }> };

const releases = new WeakMap<Core.Strapi, () => Promise<void>>();

/** Lets the next instance start: once this one has loaded, or when it is destroyed. Does nothing the second time. */
export const releaseStartupLock = async (strapi: Core.Strapi) => {
  const release = releases.get(strapi);
  releases.delete(strapi);
  await release?.();
};

/**
 * Instances started together on one empty PostgreSQL database would all run Strapi's schema sync
 * and every bootstrap that creates rows (roles, locales, layouts, demo content) at the same time,
 * and collide on unique keys. Each one therefore holds this lock from just before the schema sync
 * until it has fully loaded, and the next one starts on a finished database.
 */
export const serializeStartup = (strapi: Core.Strapi) => {
  strapi.hook('strapi::content-types.beforeSync').register(async () => {
    // SQLite is one file opened by one process: nothing to serialize.
    if (strapi.db.dialect.client !== 'postgres') return;
    // An advisory lock, not a lock row: PostgreSQL drops it with the session, so a crashed instance blocks nobody; on its own connection, as a pooled one is shared.
    const knexClient = strapi.db.connection.client;
    const connection: RawConnection = await knexClient.acquireRawConnection();
    // Strapi sets isLoaded after the admin's and the host's bootstraps, which run after ours, and emits nothing then.
    const loaded = setInterval(() => strapi.isLoaded && void releaseStartupLock(strapi), 50).unref();
    releases.set(strapi, async () => {
      clearInterval(loaded);
      // Ending the session releases the lock, or gives up a wait still queued.
      await knexClient.destroyRawConnection(connection).catch((error: Error) => strapi.log.warn(`[showrunner] Start-up lock: ${error.message}`));
    });
    const [{ locked }] = (await connection.query('select pg_try_advisory_lock($1::bigint) as locked', [STARTUP_LOCK_KEY])).rows;
    if (locked) return;
    strapi.log.info('[showrunner] Waiting for another instance to finish starting …');
    await connection.query('select pg_advisory_lock($1::bigint)', [STARTUP_LOCK_KEY]);
  });
};
