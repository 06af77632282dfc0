import type { CreditGroup, CreditEntity, PersonEntity, SeasonEntity, SeriesEntity } from '../../../../types/domain';
import type { Department } from '../../../../types/generated/resolvers-types.generated';
import type { GraphQLContext } from '../../context';
import { groupCredits } from '../../domain/credits';
import { relatedMany } from '../../relations';
import { UID } from '../../../../types/domain/uids';

/** Season numbers of a credit, ascending. */
export const creditSeasons = async (ctx: GraphQLContext, credit: CreditEntity) =>
  (await relatedMany<SeasonEntity>(ctx, credit, UID.credit, 'seasons')).map(({ number }) => number).sort((a, b) => a - b);

/** Season numbers across a group's credits, ascending, each once. */
export const groupSeasons = async (ctx: GraphQLContext, credits: CreditEntity[]) =>
  [...new Set((await Promise.all(credits.map((credit) => creditSeasons(ctx, credit)))).flat())].sort((a, b) => a - b);

/**
 * A series' cast or crew, each person once. Three statements whatever the size: the credits, their
 * people, and (only with a season filter) their seasons.
 */
export const seriesCreditGroups = async (
  ctx: GraphQLContext,
  series: SeriesEntity,
  department: Department,
  season?: number | null
): Promise<CreditGroup[]> => {
  let credits = (await relatedMany<CreditEntity>(ctx, series, UID.series, 'credits')).filter((c) => c.department === department);
  if (season != null) {
    const seasons = await Promise.all(credits.map((credit) => creditSeasons(ctx, credit)));
    credits = credits.filter((_, index) => seasons[index].includes(season));
  }
  const people = await Promise.all(credits.map((credit) => relatedMany<PersonEntity>(ctx, credit, UID.credit, 'person')));
  const personByCredit = new Map(credits.map((credit, index) => [credit.id, people[index][0] ?? null]));
  return groupCredits(credits, (credit) => personByCredit.get(credit.id) ?? null, () => series);
};
