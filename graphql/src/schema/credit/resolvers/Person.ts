import type { PersonResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { personCreditGroups } from '../person-credits';

export const Person: Pick<PersonResolvers, 'credits' | '__isTypeOf'> = {
  credits: (person, _, ctx) => personCreditGroups(ctx, person),
};
