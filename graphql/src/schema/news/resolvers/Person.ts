import type { PersonResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { pageWindow } from '../../../pagination';

export const Person: Pick<PersonResolvers, 'news' | '__isTypeOf'> = {
  news: (person, { first, after }, ctx) => ctx.loaders.in(person).newsByPerson.page(person.rowId, pageWindow(ctx, { first, after }, 10)),
};
