import { bootStrapi } from '../../scripts/lib/strapi';
import { countEntries, syntheticCatalog, type CatalogSize } from './synthetic';
import { createDocumentWriter } from './write-documents';

export type SeedMessage =
  | { kind: 'progress'; done: number; total: number; type: string }
  | { kind: 'done'; total: number; seconds: number; perType: Record<string, { count: number; seconds: number }> };

/**
 * Child process: boots Strapi on DATABASE_FILENAME (an empty SQLite file) and writes a synthetic
 * catalog through the Document Service, reporting progress to the parent over IPC.
 */
const main = async () => {
  const size = JSON.parse(process.argv[2]) as CatalogSize;
  const send = (message: SeedMessage) => process.send?.(message);
  const strapi = await bootStrapi({ serveAdminPanel: false });
  await strapi.load();
  const write = createDocumentWriter(strapi);
  const total = countEntries(size);
  const perType: Record<string, { count: number; seconds: number }> = {};
  const started = performance.now();
  let done = 0;
  let reported = 0;
  for (const entry of syntheticCatalog(size)) {
    const before = performance.now();
    await write(entry);
    const stats = (perType[entry.type] ??= { count: 0, seconds: 0 });
    stats.count += 1;
    stats.seconds += (performance.now() - before) / 1000;
    done += 1;
    if (performance.now() - reported > 250 || done === total) {
      reported = performance.now();
      send({ kind: 'progress', done, total, type: entry.type });
    }
  }
  send({ kind: 'done', total, seconds: (performance.now() - started) / 1000, perType });
  await strapi.destroy();
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(`[bench] seeding failed: ${error instanceof Error ? error.stack : error}`);
    process.exit(1);
  }
);
