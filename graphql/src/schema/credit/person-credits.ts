import type { CreditGroup, PersonEntity } from '../../../../types/domain';
import type { GraphQLContext } from '../../context';
import { groupCredits } from '../../domain/credits';

/** A person's credits grouped per series and department; two statements: credits, then their series. */
export const personCreditGroups = async (ctx: GraphQLContext, person: PersonEntity): Promise<CreditGroup[]> => {
  const loaders = ctx.loaders.in(person);
  const credits = await loaders.creditsByPerson.load(person.rowId);
  const series = await Promise.all(credits.map((credit) => loaders.seriesByCredit.load(credit.rowId)));
  const seriesByCredit = new Map(credits.map((credit, index) => [credit.rowId, series[index]]));
  return groupCredits(
    credits,
    () => person,
    (credit) => seriesByCredit.get(credit.rowId) ?? null,
    (_, group, credit) => `${group.documentId}:${credit.department}`
  );
};
