import { componentsByOwner } from '../../../graphql/src/loaders/components-by-owner';
import { documentsByAttribute } from '../../../graphql/src/loaders/documents-by-attribute';
import { relatedBySource, relatedCountBySource } from '../../../graphql/src/loaders/related-by-source';
import type { Reader } from '../../../graphql/src/store/reader';

/** A reader that records its calls; the loaders' contract is one call per batch, results in key order. */
const recordingReader = () => {
  const calls: { method: string; keys: readonly unknown[] }[] = [];
  const reader = {
    byAttribute: async (_uid: string, _attribute: string, keys: readonly string[]) => {
      calls.push({ method: 'byAttribute', keys });
      return new Map(keys.filter((key) => key !== 'missing').map((key) => [key, { documentId: key }]));
    },
    linked: async (_uid: string, _field: string, ids: readonly number[]) => {
      calls.push({ method: 'linked', keys: ids });
      return new Map(ids.map((id) => [id, [{ entity: { documentId: `target-of-${id}` }, position: 1 }]]));
    },
    linkedCounts: async (_uid: string, _field: string, ids: readonly number[]) => {
      calls.push({ method: 'linkedCounts', keys: ids });
      return new Map(ids.filter((id) => id !== 3).map((id) => [id, id * 10]));
    },
    components: async (_uid: string, _field: string, ids: readonly number[]) => {
      calls.push({ method: 'components', keys: ids });
      return new Map([[ids[ids.length - 1], [{ value: 100 }]]]);
    },
  };
  return { reader: reader as unknown as Reader, calls };
};

describe('per-request loaders', () => {
  it('documentsByAttribute loads every slug of a tick in one batch, in key order, null when missing', async () => {
    const { reader, calls } = recordingReader();
    const loader = documentsByAttribute(reader, 'plugin::showrunner.series', 'slug');
    const results = await Promise.all(['bosch', 'missing', 'ballard'].map((slug) => loader.load(slug)));
    expect(calls).toEqual([{ method: 'byAttribute', keys: ['bosch', 'missing', 'ballard'] }]);
    expect(results).toEqual([{ documentId: 'bosch' }, null, { documentId: 'ballard' }]);
  });

  it('relatedBySource batches parents and returns each parent its own targets', async () => {
    const { reader, calls } = recordingReader();
    const loader = relatedBySource(reader, 'plugin::showrunner.series', 'platforms');
    const results = await Promise.all([7, 3, 5].map((id) => loader.load(id)));
    expect(calls).toEqual([{ method: 'linked', keys: [7, 3, 5] }]);
    expect(results).toEqual([[{ documentId: 'target-of-7' }], [{ documentId: 'target-of-3' }], [{ documentId: 'target-of-5' }]]);
  });

  it('relatedCountBySource answers 0 for a parent without links', async () => {
    const { reader, calls } = recordingReader();
    const loader = relatedCountBySource(reader, 'plugin::showrunner.series', 'articles');
    expect(await Promise.all([1, 3].map((id) => loader.load(id)))).toEqual([10, 0]);
    expect(calls).toHaveLength(1);
  });

  it('componentsByOwner returns an empty list for owners without values', async () => {
    const { reader, calls } = recordingReader();
    const loader = componentsByOwner(reader, 'plugin::showrunner.series', 'criticScores');
    expect(await Promise.all([1, 2].map((id) => loader.load(id)))).toEqual([[], [{ value: 100 }]]);
    expect(calls).toHaveLength(1);
  });
});
