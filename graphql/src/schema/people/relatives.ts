import type { PersonEntity, RelativeLink } from '../../../../types/domain';
import type { RelationKind } from '../../../../types/generated/resolvers-types.generated';
import type { GraphQLContext } from '../../context';

const INVERSE: Partial<Record<RelationKind, RelationKind>> = { PARENT: 'CHILD', CHILD: 'PARENT' };

/**
 * A kinship is entered once, on either person: the other one sees it inverted (a parent's child),
 * with the detail written for that side ("ältere Schwester" / "jüngere Schwester").
 */
export const relativesOf = async ({ loaders }: GraphQLContext, person: PersonEntity): Promise<RelativeLink[]> => {
  const scoped = loaders.in(person);
  const [outgoing, incoming] = await Promise.all([scoped.kinshipsByPerson.load(person.rowId), scoped.inverseKinshipsByPerson.load(person.rowId)]);
  const [relatives, people] = await Promise.all([
    Promise.all(outgoing.map((tie) => scoped.relativeByKinship.load(tie.rowId))),
    Promise.all(incoming.map((tie) => scoped.personByKinship.load(tie.rowId))),
  ]);
  return [
    ...outgoing.map((tie, i) => ({ person: relatives[i], kind: tie.kind, detail: tie.detail })),
    ...incoming.map((tie, i) => ({ person: people[i], kind: INVERSE[tie.kind] ?? tie.kind, detail: tie.reverseDetail })),
  ].filter((relative): relative is RelativeLink => relative.person != null);
};
