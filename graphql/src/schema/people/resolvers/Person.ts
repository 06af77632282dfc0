import type { PersonResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toLocaleEnum } from '../../../locale';
import { toGlobalId } from '../../node/global-id';
import { relativesOf } from '../relatives';

export const Person: Pick<
  PersonResolvers,
  'biography' | 'birthDate' | 'birthYear' | 'documentId' | 'id' | 'knownFor' | 'locale' | 'name' | 'photo' | 'relatives' | 'slug' | '__isTypeOf'
> = {
  id: (person) => toGlobalId('Person', person),
  locale: ({ locale }) => toLocaleEnum(locale),
  photo: (person, _, { loaders }) => loaders.in(person).photoByPerson.load(person.rowId),
  relatives: (person, _, ctx) => relativesOf(ctx, person),
  knownFor: (person, _, { loaders }) => loaders.in(person).knownForByPerson.load(person.rowId),
};
