import type { CreditEntity, CreditGroup, PageSource, SeriesEntity } from '../../../../types/domain';
import type { Department } from '../../../../types/generated/resolvers-types.generated';
import type { GraphQLContext } from '../../context';
import { byOrder } from '../../domain/credits';
import type { PageWindow } from '../../pagination';

/** Season numbers of a credit, ascending. */
export const creditSeasons = async ({ loaders }: GraphQLContext, credit: CreditEntity) =>
  (await loaders.in(credit).seasonsByCredit.load(credit.rowId)).map(({ number }) => number).sort((a, b) => a - b);

/** Season numbers across a group's credits, ascending, each once. */
export const groupSeasons = async (ctx: GraphQLContext, credits: CreditEntity[]) =>
  [...new Set((await Promise.all(credits.map((credit) => creditSeasons(ctx, credit)))).flat())].sort((a, b) => a - b);

/**
 * One page of a series' cast or crew, each person once (domain/credits.ts describes the order).
 * The database ranks the people and answers the page's credits only, each with its person. The
 * total is the number of people, counted with the page.
 */
export const seriesCreditPage = async (
  ctx: GraphQLContext,
  series: SeriesEntity,
  department: Department,
  season: number | null | undefined,
  window: PageWindow
): Promise<PageSource<CreditGroup>> => {
  const loaders = ctx.loaders.in(series);
  const read = (offset: number, limit: number) =>
    loaders.creditGroupsBySeries.load(series.rowId, { department: department.toLowerCase(), season: season ?? null, offset, limit });
  const { credits, total } = await read(window.offset, window.first + 1);
  const groups = new Map<number, CreditGroup>();
  credits.forEach(({ credit, person, position }) => {
    const group = groups.get(position) ?? { person, series, credits: [] };
    group.credits.push(credit);
    groups.set(position, group);
  });
  const ordered = [...groups.entries()].sort(([a], [b]) => a - b).map(([, group]) => ({ ...group, credits: group.credits.sort(byOrder) }));
  return {
    items: ordered.slice(0, window.first),
    offset: window.offset,
    hasNextPage: ordered.length > window.first,
    // Past the end the page has no row to carry the total: ask for the first person's.
    count: async () => total ?? (window.offset === 0 ? 0 : ((await read(0, 1)).total ?? 0)),
  };
};
