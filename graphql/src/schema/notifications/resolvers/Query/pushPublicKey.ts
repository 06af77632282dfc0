import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';

export const pushPublicKey: NonNullable<QueryResolvers['pushPublicKey']> = (_, __, ctx) => ctx.readers.notifications.pushPublicKey();
