import { BadUserInputError } from '../../../../graphql/src/errors';
import { fromGlobalId, NODE_TYPES, toGlobalId } from '../../../../graphql/src/schema/node/global-id';

const ballard = { documentId: 'q0w1e2r3t4y5u6i7o8p9a0s1', chain: ['de', 'en'] as ('de' | 'en')[], draft: false };
const encode = (text: string) => Buffer.from(text).toString('base64url');

describe('global ids', () => {
  it('round-trip type, document, locale chain and draft state for every node type', () => {
    for (const type of NODE_TYPES) {
      for (const scope of [
        { chain: ['de', 'en'], draft: false },
        { chain: ['en', 'de'], draft: true },
      ] as const) {
        const id = toGlobalId(type, { documentId: 'abc123', chain: [...scope.chain], draft: scope.draft });
        expect(fromGlobalId(id, 'id')).toEqual({ type, documentId: 'abc123', chain: scope.chain, draft: scope.draft });
      }
    }
  });

  it('give the German page, the English page and the draft of one document three ids, and other types others', () => {
    const ids = [
      toGlobalId('Series', ballard),
      toGlobalId('Series', { ...ballard, chain: ['en', 'de'] }),
      toGlobalId('Series', { ...ballard, draft: true }),
      toGlobalId('Person', ballard),
    ];
    expect(new Set(ids).size).toBe(4);
  });

  it('are opaque: URL-safe base64 that does not show the document id', () => {
    const id = toGlobalId('Series', ballard);
    expect(id).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(id).not.toContain(ballard.documentId);
  });

  it.each([
    ['garbage', 'not-an-id'],
    ['empty', ''],
    ['unknown type', encode('Comment:abc:de:published')],
    ['credit (not a node)', encode('Credit:abc:de:published')],
    ['unknown locale', encode('Series:abc:fr:published')],
    ['unknown state', encode('Series:abc:de:archived')],
    ['extra part', encode('Series:abc:de:published:x')],
    ['missing part', encode('Series:abc:de')],
    ['bad document id', encode('Series:a b:de:published')],
    ['non-canonical spelling', `${toGlobalId('Series', ballard)}=`],
  ])('reject %s as BAD_USER_INPUT naming the argument', (_, id) => {
    let error: unknown;
    try {
      fromGlobalId(id, 'ids');
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(BadUserInputError);
    expect((error as BadUserInputError).extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
  });
});
