import { GRAPHQL_RESPONSE_MEDIA_TYPE as GRAPHQL_RESPONSE, JSON_MEDIA_TYPE as JSON, negotiateMediaType } from '../../../../graphql/src/http/media-type';

describe('negotiateMediaType', () => {
  it.each([
    [undefined, JSON],
    ['', JSON],
    ['application/json', JSON],
    ['*/*', JSON],
    ['application/*', JSON],
    ['application/graphql-response+json', GRAPHQL_RESPONSE],
    ['application/graphql-response+json, application/json', GRAPHQL_RESPONSE],
    ['application/json, application/graphql-response+json', JSON],
    ['application/json;q=0.9, application/graphql-response+json', GRAPHQL_RESPONSE],
    ['application/graphql-response+json;q=0.5, */*', JSON],
    ['application/json;q=0, */*', GRAPHQL_RESPONSE],
    ['text/html, application/json;q=0.1', JSON],
    ['text/html', null],
    ['application/json;q=0', null],
  ])('chooses as Apollo Server does for Accept %p', (accept, expected) => {
    expect(negotiateMediaType(accept)).toBe(expected);
  });
});
