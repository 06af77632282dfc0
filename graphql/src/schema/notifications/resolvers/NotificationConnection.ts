import type { NotificationConnectionResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { keysetConnectionResolvers } from '../../../pagination';

export const NotificationConnection: NotificationConnectionResolvers = keysetConnectionResolvers();
