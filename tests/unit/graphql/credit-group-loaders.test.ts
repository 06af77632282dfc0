import { creditGroupLoaders } from '../../../graphql/src/loaders/credit-groups';
import type { CreditGroupQuery, Reader } from '../../../graphql/src/store/reader';

/** A reader whose credit group pages name the series and position; series 3 has none. */
const recordingReader = () => {
  const calls: { ids: readonly number[]; query: CreditGroupQuery }[] = [];
  const reader = {
    creditGroups: async (ids: readonly number[], query: CreditGroupQuery) => {
      calls.push({ ids, query });
      return new Map(
        ids
          .filter((id) => id !== 3)
          .map((id) => [
            id,
            {
              positions: [query.offset + 1, query.offset + 1],
              credits: [{ documentId: `${id}-a` }, { documentId: `${id}-b` }],
              people: [{ documentId: `p${id}` }, { documentId: `p${id}` }],
              total: 40,
            },
          ])
      );
    },
  };
  return { reader: reader as unknown as Reader, calls };
};

describe('creditGroupsBySeries', () => {
  const cast = { department: 'cast', season: null, offset: 0, limit: 51 };

  it('loads the same page of every series of a tick in one reader call, answering in key order', async () => {
    const { reader, calls } = recordingReader();
    const loader = creditGroupLoaders.creditGroupsBySeries(reader);
    const pages = await Promise.all([7, 3, 5].map((id) => loader.load(id, cast)));
    expect(calls).toEqual([{ ids: [7, 3, 5], query: cast }]);
    expect(pages).toEqual([
      {
        credits: [
          { credit: { documentId: '7-a' }, person: { documentId: 'p7' }, position: 1 },
          { credit: { documentId: '7-b' }, person: { documentId: 'p7' }, position: 1 },
        ],
        total: 40,
      },
      { credits: [], total: null },
      {
        credits: [
          { credit: { documentId: '5-a' }, person: { documentId: 'p5' }, position: 1 },
          { credit: { documentId: '5-b' }, person: { documentId: 'p5' }, position: 1 },
        ],
        total: 40,
      },
    ]);
  });

  it('reads another department, season or window in a call of its own', async () => {
    const { reader, calls } = recordingReader();
    const loader = creditGroupLoaders.creditGroupsBySeries(reader);
    await Promise.all([
      loader.load(7, cast),
      loader.load(7, { ...cast, department: 'crew' }),
      loader.load(7, { ...cast, season: 2 }),
      loader.load(7, { ...cast, offset: 50 }),
    ]);
    expect(calls.map(({ query }) => query)).toEqual([cast, { ...cast, department: 'crew' }, { ...cast, season: 2 }, { ...cast, offset: 50 }]);
  });
});
