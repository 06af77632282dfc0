import { checkSchema, MEANING_CHANGED, type ApprovedChanges } from '../../../scripts/schema-check';

const RELEASED = `
  type Query { series(slug: String!): Series, search(query: String!, fuzzy: Boolean @deprecated(reason: "always on")): [Series!]! }
  type Series {
    id: ID!
    title: String!
    status: SeriesStatus
    network: String @deprecated(reason: "Use platforms.")
    credits: [LegacyCredit!]! @deprecated(reason: "Use cast and crew.")
  }
  type LegacyCredit { name: String!, job: String }
  enum SeriesStatus { RETURNING ENDED PILOT @deprecated(reason: "Never used.") }
`;
const none = (since = '0.1.0'): ApprovedChanges => ({ since, changes: [] });
const check = (current: string, approved = none()) => checkSchema(RELEASED, current, '0.1.0', approved);
const verdicts = (result: Awaited<ReturnType<typeof check>>) =>
  result.changes.filter((change) => change.level === 'BREAKING').map((change) => `${change.path} ${change.verdict}`);

describe('the schema check against the last release', () => {
  it('passes additions: new fields, types, arguments with defaults and enum values', async () => {
    const result = await check(
      RELEASED.replace('title: String!', 'title: String!\n    documentId: ID!\n    seasons(first: Int = 10): [Int!]!').replace(
        'RETURNING ENDED',
        'RETURNING ENDED CANCELLED'
      ) + 'type Season { number: Int! }'
    );
    expect(result.problems).toEqual([]);
    expect(result.changes.map((change) => change.path)).toEqual(expect.arrayContaining(['Series.documentId', 'Series.seasons', 'SeriesStatus.CANCELLED']));
    expect(result.changes.every((change) => change.verdict === 'allowed')).toBe(true);
  });

  it('fails on an undeprecated breaking change: a removed field, a changed type, a removed enum value', async () => {
    const result = await check(
      RELEASED.replace('    title: String!\n', '').replace('status: SeriesStatus', 'status: String').replace('RETURNING ENDED', 'RETURNING')
    );
    expect(verdicts(result)).toEqual(expect.arrayContaining(['Series.title refused', 'Series.status refused', 'SeriesStatus.ENDED refused']));
    expect(result.problems).toHaveLength(3);
    expect(result.problems.join('\n')).toMatch(/Deprecate it in a release first/);
  });

  it('passes the removal of what the release deprecated: a field, an enum value, an argument, a type reached only through a deprecated field', async () => {
    const current = RELEASED.replace(/ *network: .*\n/, '')
      .replace(/ *credits: .*\n/, '')
      .replace(/type LegacyCredit .*\n/, '')
      .replace(' PILOT @deprecated(reason: "Never used.")', '')
      .replace(', fuzzy: Boolean @deprecated(reason: "always on")', '');
    const result = await check(current);
    expect(verdicts(result).sort()).toEqual([
      'LegacyCredit deprecated-first',
      'Query.search.fuzzy deprecated-first',
      'Series.credits deprecated-first',
      'Series.network deprecated-first',
      'SeriesStatus.PILOT deprecated-first',
    ]);
    expect(result.problems).toEqual([]);
  });

  it('passes an intentional break listed with its reason, and reports a change of meaning the diff cannot see', async () => {
    const approved: ApprovedChanges = {
      since: '0.1.0',
      changes: [
        { change: 'FIELD_REMOVED', paths: ['Series.title'], reason: 'The title moved to localized names; see CHANGELOG.' },
        { change: MEANING_CHANGED, paths: ['Series.id'], reason: 'id is now the opaque Node id; use documentId for the document.' },
      ],
    };
    const result = await check(RELEASED.replace('    title: String!\n', ''), approved);
    expect(result.problems).toEqual([]);
    expect(result.changes.filter((change) => change.verdict === 'approved').map((change) => [change.type, change.path, change.approvedBy])).toEqual([
      ['FIELD_REMOVED', 'Series.title', 1],
      [MEANING_CHANGED, 'Series.id', 2],
    ]);
  });

  it('refuses an allow-list entry without a reason, one for another release, and one for a change that did not happen', async () => {
    const stale: ApprovedChanges = {
      since: '0.0.9',
      changes: [
        { change: 'FIELD_REMOVED', paths: ['Series.status'], reason: '' },
        { change: MEANING_CHANGED, paths: ['Series.nothing'], reason: 'a field that does not exist in either schema' },
      ],
    };
    const { problems } = await check(RELEASED, stale);
    expect(problems).toEqual([
      expect.stringMatching(/for 0\.0\.9, the last release is 0\.1\.0/),
      expect.stringMatching(/#1 \(FIELD_REMOVED\) needs a reason/),
      expect.stringMatching(/FIELD_REMOVED Series\.status is approved but did not happen/),
      expect.stringMatching(/Series\.nothing: no such field/),
    ]);
  });
});
