import type { ChangeKind, ChangeResolvers } from '../../../../../types/generated/resolvers-types.generated';
import { toLocaleEnum } from '../../../locale';
import { toChangeType } from '../change-page';

export const Change: ChangeResolvers = {
  type: ({ type }) => toChangeType(type),
  locale: ({ locale }) => toLocaleEnum(locale),
  kind: ({ kind }) => kind.toUpperCase() as ChangeKind,
  time: ({ occurredAt }) => occurredAt,
};
