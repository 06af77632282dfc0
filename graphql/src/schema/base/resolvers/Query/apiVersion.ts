import type { QueryResolvers } from '../../../../../../types/generated/resolvers-types.generated';

export const apiVersion: NonNullable<QueryResolvers['apiVersion']> = () => '1';
