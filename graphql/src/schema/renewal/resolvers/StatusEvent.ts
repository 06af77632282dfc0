import type { StatusEventResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { partialDate } from '../../base/partial-date';
import { toGlobalId } from '../../node/global-id';

export const StatusEvent: StatusEventResolvers = {
  id: (event) => toGlobalId('StatusEvent', event),
  season: (event, _, { loaders }) => loaders.in(event).seasonByStatusEvent.load(event.rowId),
  reportedBy: (event, _, { loaders }) => loaders.in(event).outletByStatusEvent.load(event.rowId),
  confirmed: ({ confirmedOn, confirmedOnPrecision }) => partialDate(confirmedOn, confirmedOnPrecision),
  confirmedBy: (event, _, { loaders }) => loaders.in(event).platformByStatusEvent.load(event.rowId),
  statement: (event) => (event.statement ? { text: event.statement, event } : null),
};
