import type { CreditGroup, CreditEntity, SeriesEntity } from '../../../../types/domain';
import type { Department } from '../../../../types/generated/resolvers-types.generated';
import type { GraphQLContext } from '../../context';
import { groupCredits } from '../../domain/credits';

/** Season numbers of a credit, ascending. */
export const creditSeasons = async ({ loaders }: GraphQLContext, credit: CreditEntity) =>
  (await loaders.in(credit).seasonsByCredit.load(credit.rowId)).map(({ number }) => number).sort((a, b) => a - b);

/** Season numbers across a group's credits, ascending, each once. */
export const groupSeasons = async (ctx: GraphQLContext, credits: CreditEntity[]) =>
  [...new Set((await Promise.all(credits.map((credit) => creditSeasons(ctx, credit)))).flat())].sort((a, b) => a - b);

/**
 * A series' cast or crew, each person once. Three statements whatever the size: the credits, their
 * people, and (only with a season filter) their seasons.
 */
export const seriesCreditGroups = async (ctx: GraphQLContext, series: SeriesEntity, department: Department, season?: number | null): Promise<CreditGroup[]> => {
  const loaders = ctx.loaders.in(series);
  let credits = (await loaders.creditsBySeries.load(series.rowId)).filter((credit) => credit.department === department);
  if (season != null) {
    const seasons = await Promise.all(credits.map((credit) => creditSeasons(ctx, credit)));
    credits = credits.filter((_, index) => seasons[index].includes(season));
  }
  const people = await Promise.all(credits.map((credit) => loaders.personByCredit.load(credit.rowId)));
  const personByCredit = new Map(credits.map((credit, index) => [credit.rowId, people[index]]));
  return groupCredits(
    credits,
    (credit) => personByCredit.get(credit.rowId) ?? null,
    () => series
  );
};
