import DataLoader from 'dataloader';
import type { CreditEntity, PersonEntity } from '../../../types/domain/content';
import type { CreditGroupQuery, Reader } from '../store/reader';

export interface CreditGroupRows {
  /** The page's credits, each with its person and the list position of the person's group. */
  credits: { credit: CreditEntity; person: PersonEntity; position: number }[];
  /** People in the whole list; null when the page is past its end. */
  total: number | null;
}

/** Pages of a series' cast or crew by person: every series asking for the same page shares one statement. */
export const creditGroupLoaders = {
  creditGroupsBySeries: (reader: Reader) => {
    const pages = new Map<string, DataLoader<number, CreditGroupRows>>();
    return {
      load: (seriesId: number, query: CreditGroupQuery) => {
        const key = `${query.department}:${query.season ?? ''}:${query.offset}:${query.limit}`;
        let loader = pages.get(key);
        if (!loader) {
          loader = new DataLoader<number, CreditGroupRows>(async (ids) => {
            const found = await reader.creditGroups(ids, query);
            return ids.map((id) => {
              const page = found.get(id);
              return {
                credits: (page?.credits ?? []).map((credit, index) => ({
                  credit: credit as CreditEntity,
                  person: page!.people[index] as PersonEntity,
                  position: page!.positions[index],
                })),
                total: page?.total ?? null,
              };
            });
          });
          pages.set(key, loader);
        }
        return loader.load(seriesId);
      },
    };
  },
};
