import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import { alertsOf, settle } from '../../../../alerts/guard';

export const subscribeEmailAlerts: NonNullable<MutationResolvers['subscribeEmailAlerts']> = async (_, { input }, ctx) => {
  const outcome = settle(await alertsOf(ctx).subscribeEmailAlerts(input, { ip: ctx.clientIp }));
  return { accepted: outcome.value ? true : null, userErrors: outcome.userErrors };
};
