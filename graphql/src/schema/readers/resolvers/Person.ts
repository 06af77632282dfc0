import type { PersonResolvers } from '../../../../../types/generated/resolvers-types.generated';

export const Person: Pick<PersonResolvers, 'followerCount' | 'viewerFollows' | '__isTypeOf'> = {
  viewerFollows: (person, _, ctx) => (ctx.viewer ? ctx.readerLoaders.viewerFollows.person.load(person.documentId) : null),
  followerCount: (person, _, ctx) => ctx.readerLoaders.followerCount.person.load(person.documentId),
};
