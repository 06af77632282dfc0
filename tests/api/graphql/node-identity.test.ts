import { ApolloClient, gql, HttpLink, InMemoryCache } from '@apollo/client';
import { parse, print, type FieldNode, type FragmentDefinitionNode } from 'graphql';
import { databaseKinds } from '../../support/databases';
import { liveWorld, type LiveWorld } from './live-world';

/** Every field a refetch must reproduce, per type: scalars, and a relation that is read along the object's chain. */
const FRAGMENTS = /* GraphQL */ `
  fragment SeriesFields on Series {
    id
    documentId
    slug
    title
    synopsis
    locale
    status
    originalNetwork {
      id
      name
    }
  }
  fragment SeasonFields on Season {
    id
    documentId
    number
    status
    episodeCount
  }
  fragment EpisodeFields on Episode {
    id
    documentId
    number
    title
    airDate
  }
  fragment PersonFields on Person {
    id
    documentId
    slug
    name
    biography
    locale
    knownFor {
      id
      synopsis
    }
  }
  fragment StatusEventFields on StatusEvent {
    id
    documentId
    kind
    reportedAt
    season {
      id
      number
    }
  }
  fragment ArticleFields on Article {
    id
    documentId
    slug
    headline
    locale
    series {
      id
      synopsis
    }
  }
  fragment PlatformFields on Platform {
    id
    documentId
    slug
    name
    active
    owner {
      id
      name
    }
  }
  fragment CompanyFields on Company {
    id
    documentId
    slug
    name
  }
  fragment FranchiseFields on Franchise {
    id
    documentId
    slug
    name
    series {
      id
      synopsis
    }
  }
  fragment GenreFields on Genre {
    id
    documentId
    slug
    name
  }
  fragment OutletFields on Outlet {
    id
    documentId
    slug
    name
  }
  fragment AuthorFields on Author {
    id
    documentId
    slug
    name
  }
  fragment CategoryFields on Category {
    id
    documentId
    slug
    name
  }
`;

const DEFINITIONS = new Map(parse(FRAGMENTS).definitions.map((definition) => [(definition as FragmentDefinitionNode).name.value, print(definition)]));

/** A document with the fragments it spreads (a fragment it does not use would make it invalid). */
const withFragments = (document: string) =>
  `${document}\n${[...DEFINITIONS]
    .filter(([name]) => document.includes(`...${name}`))
    .map(([, definition]) => definition)
    .join('\n')}`;

/** The Ballard page, in several requests (one would be over the cost limit), reaching every type that has an id. */
const BALLARD = [
  /* GraphQL */ `
    query Ballard($locale: Locale) {
      series(slug: "ballard", locale: $locale) {
        __typename
        ...SeriesFields
        genres {
          __typename
          ...GenreFields
        }
        platforms {
          __typename
          ...PlatformFields
        }
        productionCompanies {
          __typename
          ...CompanyFields
        }
        franchise {
          __typename
          ...FranchiseFields
        }
        spinoffOf {
          __typename
          ...SeriesFields
        }
        seasons {
          __typename
          ...SeasonFields
          episodes {
            __typename
            ...EpisodeFields
          }
        }
      }
    }
  `,
  'query BallardCast($locale: Locale) { series(slug: "ballard", locale: $locale) { cast(first: 100) { nodes { person { __typename ...PersonFields } } } } }',
  'query BallardCrew($locale: Locale) { series(slug: "ballard", locale: $locale) { crew(first: 100) { nodes { person { __typename ...PersonFields } } } } }',
  'query BallardRoles($locale: Locale) { series(slug: "ballard", locale: $locale) { cast(first: 100) { nodes { roles { announcedBy { __typename ...OutletFields } } } } } }',
  'query BallardJobs($locale: Locale) { series(slug: "ballard", locale: $locale) { crew(first: 100) { nodes { jobs { onBehalfOf { __typename ...CompanyFields } } } } } }',
  /* GraphQL */ `
    query BallardNews($locale: Locale) {
      series(slug: "ballard", locale: $locale) {
        renewals {
          __typename
          ...StatusEventFields
          reportedBy {
            __typename
            ...OutletFields
          }
          confirmedBy {
            __typename
            ...PlatformFields
          }
          statement {
            by {
              __typename
              ...PersonFields
            }
          }
        }
        news(first: 10) {
          nodes {
            __typename
            ...ArticleFields
            author {
              __typename
              ...AuthorFields
            }
            category {
              __typename
              ...CategoryFields
            }
            sources {
              __typename
              ...OutletFields
            }
          }
        }
      }
    }
  `,
].map(withFragments);

const NODE_TYPES = [
  'Series',
  'Season',
  'Episode',
  'Person',
  'StatusEvent',
  'Article',
  'Platform',
  'Company',
  'Franchise',
  'Genre',
  'Outlet',
  'Author',
  'Category',
];

/** Refetches by id, one `nodes` field per type (fields of one name but different types would conflict in one selection). */
const REFETCH = withFragments(
  `query Refetch(${NODE_TYPES.map((type) => `$${type}: [ID!]!`).join(', ')}) {
    ${NODE_TYPES.map((type) => `${type}: nodes(ids: $${type}) { __typename ...${type}Fields }`).join('\n    ')}
  }`
);

/** Every object with a `__typename` in a response, as the fragment for its type selected it. */
const objectsIn = (value: unknown, found = new Map<string, Record<string, unknown>>()) => {
  if (Array.isArray(value)) value.forEach((item) => objectsIn(item, found));
  else if (value && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if (typeof object.__typename === 'string' && NODE_TYPES.includes(object.__typename)) {
      // The fragment's own fields only: the page adds relations next to some of them.
      const fields = Object.fromEntries(Object.entries(object).filter(([key]) => FRAGMENT_FIELDS[object.__typename as string].includes(key)));
      found.set(object.id as string, { __typename: object.__typename, ...fields });
    }
    Object.values(object).forEach((inner) => objectsIn(inner, found));
  }
  return found;
};

const FRAGMENT_FIELDS: Record<string, string[]> = Object.fromEntries(
  parse(FRAGMENTS).definitions.map((definition) => {
    const fragment = definition as FragmentDefinitionNode;
    return [fragment.typeCondition.name.value, fragment.selectionSet.selections.map((selection) => (selection as FieldNode).name.value)];
  })
);

describe.each(databaseKinds())('object identity on %s', (kind) => {
  let world: LiveWorld;
  const documents = (uid: string) => world.strapi.documents(uid as never) as any;

  beforeAll(async () => {
    world = await liveWorld(kind);
    // The demo content has no episodes; one published episode makes every type reachable.
    const season = await documents('plugin::showrunner.season').findFirst({ filters: { number: 1, series: { slug: 'ballard' } } });
    await documents('plugin::showrunner.episode').create({
      data: { number: 1, title: 'Pilot', airDate: '2025-07-09', season: { connect: [{ documentId: season.documentId }] } },
      status: 'published',
    });
  });
  afterAll(async () => world?.close());

  it('keeps the German and the English Ballard page apart in one Apollo Client cache, each reading back in its own language', async () => {
    const PAGE = gql`
      query BallardPage($locale: Locale) {
        series(slug: "ballard", locale: $locale) {
          id
          documentId
          locale
          title
          synopsis
          seasons {
            id
            number
          }
          crew(first: 100) {
            nodes {
              person {
                id
                documentId
                name
                locale
                credits {
                  department
                  series {
                    id
                    title
                    synopsis
                    locale
                  }
                }
              }
            }
          }
          news(first: 5) {
            nodes {
              id
              headline
              locale
            }
          }
        }
      }
    `;
    const PERSON = gql`
      query Person($locale: Locale) {
        person(slug: "michael-connelly", locale: $locale) {
          id
          documentId
          name
          locale
          credits {
            department
            series {
              id
              title
              synopsis
              locale
            }
          }
        }
      }
    `;
    const client = new ApolloClient({
      link: new HttpLink({ uri: `${world.server.url}/graphql`, headers: { 'cache-control': 'no-cache' } }),
      cache: new InMemoryCache(),
    });
    const fetched = {
      de: (await client.query({ query: PAGE, variables: { locale: 'DE' } })).data as any,
      en: (await client.query({ query: PAGE, variables: { locale: 'EN' } })).data as any,
      personDe: (await client.query({ query: PERSON, variables: { locale: 'DE' } })).data as any,
      personEn: (await client.query({ query: PERSON, variables: { locale: 'EN' } })).data as any,
    };

    expect(fetched.de.series.synopsis).toMatch(/^Statt einer Disziplinarstrafe/);
    expect(fetched.en.series.synopsis).toMatch(/^Facing discipline/);
    expect(fetched.en.series.id).not.toBe(fetched.de.series.id);
    expect(fetched.en.series.documentId).toBe(fetched.de.series.documentId);
    // Connelly has no English biography: both read his German text, but his credits lead along different chains.
    const connelly = (page: any) => page.series.crew.nodes.find((member: any) => member.person.name === 'Michael Connelly').person;
    expect([connelly(fetched.de).locale, connelly(fetched.en).locale]).toEqual(['DE', 'DE']);
    expect(connelly(fetched.en).id).not.toBe(connelly(fetched.de).id);
    expect(connelly(fetched.de).id).toBe(fetched.personDe.person.id);
    expect(connelly(fetched.en).credits.find((credit: any) => credit.series.title === 'Ballard').series.synopsis).toMatch(/^Facing discipline/);

    expect(client.readQuery({ query: PAGE, variables: { locale: 'DE' } })).toEqual(fetched.de);
    expect(client.readQuery({ query: PAGE, variables: { locale: 'EN' } })).toEqual(fetched.en);
    expect(client.readQuery({ query: PERSON, variables: { locale: 'DE' } })).toEqual(fetched.personDe);
    expect(client.readQuery({ query: PERSON, variables: { locale: 'EN' } })).toEqual(fetched.personEn);
    const cached = Object.keys(client.cache.extract() as Record<string, unknown>);
    expect(cached).toEqual(expect.arrayContaining([`Series:${fetched.de.series.id}`, `Series:${fetched.en.series.id}`]));
    client.stop();
  });

  it.each([
    ['German', 'DE', false],
    ['English', 'EN', false],
    ['preview (drafts)', 'DE', true],
  ])('refetches every object of the %s Ballard page by id, equal to what the page returned', async (_, locale, preview) => {
    const headers: Record<string, string> = preview ? { 'x-preview-token': world.previewToken } : {};
    const pages = await Promise.all(BALLARD.map((document) => world.query(document, { locale }, headers)));
    expect(pages.map((page) => page.body.errors)).toEqual(BALLARD.map(() => undefined));
    const objects = new Map(pages.flatMap((page) => [...objectsIn(page.body.data)]));
    expect(new Set([...objects.values()].map((object) => object.__typename))).toEqual(new Set(NODE_TYPES));

    const ofType = (type: string) => [...objects.values()].filter((object) => object.__typename === type);
    const refetched = await world.query(REFETCH, Object.fromEntries(NODE_TYPES.map((type) => [type, ofType(type).map((object) => object.id)])), headers);
    expect(refetched.body.errors).toBeUndefined();
    for (const type of NODE_TYPES) expect(refetched.body.data[type]).toEqual(ofType(type));
    const ballard = pages[0].body.data.series.id;
    const one = await world.query(withFragments('query($id: ID!) { node(id: $id) { __typename ...SeriesFields } }'), { id: ballard }, headers);
    expect(one.body.data.node).toEqual(objects.get(ballard));
  });

  it('costs no SQL for ids: the series page (the benchmark query, with ids) is still 2 statements', async () => {
    const { body } = await world.query(
      '{ series(slug: "ballard") { id title seasons { id number episodeCount } cast(first: 50) { nodes { person { id name } roles { character } } } news(first: 10) { nodes { id headline publishedAt } } } }'
    );
    expect(body.errors).toBeUndefined();
    expect(body.extensions?.sqlStatements).toBe(2);
  });

  it('reads the ids of one type in one statement, however many', async () => {
    const page = await world.query('{ series(slug: "ballard") { cast(first: 100) { nodes { person { id } } } crew(first: 100) { nodes { person { id } } } } }');
    const people: string[] = [
      ...new Set<string>([...page.body.data.series.cast.nodes, ...page.body.data.series.crew.nodes].map((member: any) => member.person.id)),
    ];
    expect(people.length).toBeGreaterThan(10);
    const refetch = (ids: string[]) => world.query('query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Person { name } } }', { ids });
    const [single, all] = [await refetch(people.slice(0, 1)), await refetch(people)];
    expect(all.body.data.nodes.map((person: any) => person.id)).toEqual(people);
    expect(single.body.extensions?.sqlStatements).toBe(1);
    expect(all.body.extensions?.sqlStatements).toBe(1);
  });

  it('answers null for ids of documents that are unknown, unpublished, or drafts without a preview token', async () => {
    const series = await documents('plugin::showrunner.series').create({ data: { title: 'Kurzlebig', slug: 'kurzlebig' }, locale: 'de', status: 'published' });
    const draft = await documents('plugin::showrunner.series').create({ data: { title: 'Nur Entwurf', slug: 'nur-entwurf' }, locale: 'de' });
    const published = (await world.query('{ series(slug: "kurzlebig") { id } }')).body.data.series.id;
    const drafted = (await world.query('{ series(slug: "nur-entwurf") { id } }', {}, { 'x-preview-token': world.previewToken })).body.data.series.id;
    const [type, , locale, state] = Buffer.from(published, 'base64url').toString().split(':');
    const unknown = Buffer.from([type, 'doesnotexist0000000000000', locale, state].join(':')).toString('base64url');

    const lookup = (headers = {}) => world.query('query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: [published, drafted, unknown] }, headers);
    expect((await lookup()).body.data.nodes).toEqual([{ id: published }, null, null]);
    expect((await lookup({ 'x-preview-token': world.previewToken })).body.data.nodes).toEqual([{ id: published }, { id: drafted }, null]);

    await documents('plugin::showrunner.series').unpublish({ documentId: series.documentId, locale: 'de' });
    await documents('plugin::showrunner.series').delete({ documentId: draft.documentId, locale: 'de' });
    expect((await lookup({ 'x-preview-token': world.previewToken })).body.data.nodes).toEqual([null, null, null]);
  });

  it.each([
    ['node, given an id it did not hand out', 'query($id: ID!) { node(id: $id) { id } }', { id: 'not-an-id' }, 'id'],
    ['nodes, given an id it did not hand out', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: ['not-an-id'] }, 'ids'],
    ['nodes, given more ids than a page may hold', 'query($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids: Array.from({ length: 101 }, () => 'x') }, 'ids'],
  ])('%s: BAD_USER_INPUT naming the argument, before any SQL', async (_, document, variables, argument) => {
    const { body } = await world.query(document, variables);
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringContaining(`"${argument}"`), extensions: { code: 'BAD_USER_INPUT', argument } });
    expect(body.extensions?.sqlStatements).toBe(0);
  });
});
