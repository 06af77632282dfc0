import type { OutletEntity, PlatformEntity, SeasonEntity } from '../../../../../types/domain';
import type { StatusEventResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { relatedOne } from '../../../relations';
import { UID } from '../../../../../types/domain/uids';
import { partialDate } from './Season';

export const StatusEvent: StatusEventResolvers = {
  season: (event, _, ctx) => relatedOne<SeasonEntity>(ctx, event, UID.statusEvent, 'season'),
  reportedBy: (event, _, ctx) => relatedOne<OutletEntity>(ctx, event, UID.statusEvent, 'reportedBy'),
  confirmed: ({ confirmedOn, confirmedOnPrecision }) => partialDate(confirmedOn, confirmedOnPrecision),
  confirmedBy: (event, _, ctx) => relatedOne<PlatformEntity>(ctx, event, UID.statusEvent, 'confirmedBy'),
  statement: (event) => (event.statement ? { text: event.statement, event } : null),
};
