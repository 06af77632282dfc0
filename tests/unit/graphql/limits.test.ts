import { parse, validate } from 'graphql';
import { limitRules } from '../../../graphql/src/limits';
import { publicSchema } from '../../support/schema-walk';

const schema = publicSchema();
const limits = { maxDepth: 20, maxCost: 1_000_000, maxAliases: 50, maxDirectives: 50, maxTokens: 10_000, maxBodyBytes: 100_000 };

/** The cost graphql-armor found, read from its message when the limit is set to 0. */
const costOf = (query: string) => {
  const errors = validate(schema, parse(query), limitRules({ ...limits, maxCost: 0 }));
  const found = errors.map((error) => /found (\d+(?:\.\d+)?)/.exec(error.message)?.[1]).find(Boolean);
  if (!found) throw new Error(`no cost reported: ${errors.map((error) => error.message).join('; ')}`);
  return parseFloat(found);
};

const INLINE = `{ article(slug: "x") { id headline comments(first: 20) { totalCount nodes { id body replies(first: 5) { id body } } } } }`;
const WITH_FRAGMENTS = `
  fragment Fields on Comment { id body }
  fragment List on CommentConnection { totalCount nodes { ...Fields replies(first: 5) { ...Fields } } }
  { article(slug: "x") { id headline comments(first: 20) { ...List } } }`;

describe('query cost limit', () => {
  it('counts fragment spreads like the same fields written inline (generated clients use fragments)', () => {
    expect(costOf(WITH_FRAGMENTS)).toBe(costOf(INLINE));
  });

  it('still grows with the page sizes asked for', () => {
    expect(costOf(INLINE.replace('first: 20', 'first: 40'))).toBeGreaterThan(costOf(INLINE));
  });

  it('rejects a query over the limit as a validation error naming the cost limit', () => {
    const errors = validate(schema, parse(WITH_FRAGMENTS), limitRules({ ...limits, maxCost: costOf(INLINE) - 1 }));
    expect(errors).toHaveLength(1);
    expect(errors[0].extensions).toMatchObject({ code: expect.any(String) });
    expect(errors[0].message).toMatch(/Cost limit/i);
  });
});
