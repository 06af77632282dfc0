import type { CreditedImageValue, KinshipEntity, PersonEntity, SeriesEntity } from '../../../../../types/domain';
import type { PersonResolvers, RelationKind } from '../../../../../types/generated/resolvers-types.generated';
import { toLocaleEnum } from '../../../locale';
import { pageWindow } from '../../../pagination';
import { componentOne, relatedMany, relatedOne, relatedPage } from '../../../relations';
import { UID } from '../../../../../types/domain/uids';
import { personCreditGroups } from '../person-credits';

const INVERSE: Partial<Record<RelationKind, RelationKind>> = { PARENT: 'CHILD', CHILD: 'PARENT' };

export const Person: PersonResolvers = {
  locale: ({ locale }) => toLocaleEnum(locale),
  photo: (person, _, ctx) => componentOne<CreditedImageValue>(ctx, person, UID.person, 'photo'),
  credits: (person, _, ctx) => personCreditGroups(ctx, person),
  relatives: async (person, _, ctx) => {
    const [outgoing, incoming] = await Promise.all([
      relatedMany<KinshipEntity>(ctx, person, UID.person, 'relatives'),
      relatedMany<KinshipEntity>(ctx, person, UID.person, 'relativeOf'),
    ]);
    const [relatives, people] = await Promise.all([
      Promise.all(outgoing.map((tie) => relatedOne<PersonEntity>(ctx, tie, UID.kinship, 'relative'))),
      Promise.all(incoming.map((tie) => relatedOne<PersonEntity>(ctx, tie, UID.kinship, 'person'))),
    ]);
    return [
      ...outgoing.map((tie, i) => ({ person: relatives[i], kind: tie.kind, detail: tie.detail })),
      ...incoming.map((tie, i) => ({ person: people[i], kind: INVERSE[tie.kind] ?? tie.kind, detail: tie.reverseDetail })),
    ].filter((relative): relative is { person: PersonEntity; kind: RelationKind; detail: string | null } => relative.person != null);
  },
  knownFor: (person, _, ctx) => relatedMany<SeriesEntity>(ctx, person, UID.person, 'knownFor'),
  news: (person, { first, after }, ctx) =>
    relatedPage(ctx, person, UID.person, 'articles', pageWindow(ctx, { first, after }, 10), [['publishedOn', 'desc']]),
};
