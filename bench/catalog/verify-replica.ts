import { isDeepStrictEqual } from 'node:util';
import { probe } from '../probe';
import { TARGETS, type TargetId } from '../targets';
import type { Catalog } from './catalog';
import { peoplePoolSize, renumberText, seriesSlug } from './synthetic';

/**
 * Checks a replicated catalog through Strapi itself: for series from the first, a middle and the
 * last copy, our page and the REST page (Strapi's query engine, populate, sanitizing) must equal
 * the template series' page with its numbers shifted. Returns what differs; empty means equal.
 */
export const verifyReplica = async (url: string, catalog: Catalog) => {
  const { copies, templateSeries } = catalog.replication!;
  const people = peoplePoolSize({ ...catalog.size, series: templateSeries });
  const templateIndexes = [...new Set([0, Math.floor(templateSeries / 2), templateSeries - 1])];
  const copyIndexes = [...new Set([1, Math.floor(copies / 2), copies - 1])].filter((copy) => copy > 0 && copy < copies);
  const problems: string[] = [];
  let checked = 0;
  for (const id of ['ours-uncached', 'rest-populate'] as TargetId[]) {
    const template = await probe(url, TARGETS[id], templateIndexes.map(seriesSlug));
    for (const copy of copyIndexes) {
      const slugs = templateIndexes.map((index) => seriesSlug(index + copy * templateSeries));
      const copied = await probe(url, TARGETS[id], slugs);
      templateIndexes.forEach((index, i) => {
        checked += 1;
        const expected = JSON.parse(renumberText(JSON.stringify(template.pages.get(seriesSlug(index))), copy * templateSeries, copy * people));
        if (!isDeepStrictEqual(copied.pages.get(slugs[i]), expected))
          problems.push(`${id} ${slugs[i]} differs from ${seriesSlug(index)} shifted by copy ${copy}`);
      });
    }
  }
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ seriesList(first: 1) { totalCount } }' }),
  });
  const total = ((await response.json()) as { data?: { seriesList?: { totalCount?: number } } }).data?.seriesList?.totalCount;
  if (total !== catalog.size.series) problems.push(`seriesList.totalCount is ${total}, expected ${catalog.size.series}`);
  return { checked: checked + 1, problems };
};
