import type { MutationResolvers } from '../../../../../../types/generated/resolvers-types.generated';
import type { SeriesEntity } from '../../../../../../types/domain';
import { alertsOf, settle } from '../../../../alerts/guard';

export const confirmEmailAlerts: NonNullable<MutationResolvers['confirmEmailAlerts']> = async (_, { input }, ctx) => {
  const outcome = settle(await alertsOf(ctx).confirmEmailAlerts(input, { ip: ctx.clientIp }));
  if (!outcome.value) return { confirmed: null, series: null, userErrors: outcome.userErrors };
  const series = await ctx.loaders.locale(null).seriesByDocumentId.loadMany(outcome.value.series);
  return { confirmed: true, series: series.filter((node): node is SeriesEntity => node != null && !(node instanceof Error)), userErrors: [] };
};
