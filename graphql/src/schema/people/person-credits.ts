import type { CreditEntity, CreditGroup, PersonEntity, SeriesEntity } from '../../../../types/domain';
import type { GraphQLContext } from '../../context';
import { groupCredits } from '../../domain/credits';
import { relatedMany } from '../../relations';
import { UID } from '../../../../types/domain/uids';

/** A person's credits grouped per series and department; two statements: credits, then their series. */
export const personCreditGroups = async (ctx: GraphQLContext, person: PersonEntity): Promise<CreditGroup[]> => {
  const credits = await relatedMany<CreditEntity>(ctx, person, UID.person, 'credits');
  const series = await Promise.all(credits.map((credit) => relatedMany<SeriesEntity>(ctx, credit, UID.credit, 'series')));
  const seriesByCredit = new Map(credits.map((credit, index) => [credit.id, series[index][0] ?? null]));
  return groupCredits(
    credits,
    () => person,
    (credit) => seriesByCredit.get(credit.id) ?? null,
    (_, group, credit) => `${group.documentId}:${credit.department}`
  );
};
