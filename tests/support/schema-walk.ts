import {
  buildASTSchema,
  getNamedType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isUnionType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
  type GraphQLType,
} from 'graphql';
import { typeDefs } from '../../graphql/src/schema/typeDefs.generated';

export const publicSchema = (): GraphQLSchema => buildASTSchema(typeDefs);

const scalars = (type: GraphQLObjectType) =>
  Object.values(type.getFields())
    .filter((field) => isLeafType(getNamedType(field.type)) && field.args.every((arg) => !isNonNullType(arg.type)))
    .map((field) => field.name);

const requiredArgs = (field: GraphQLField<unknown, unknown>) =>
  field.args.filter((arg) => isNonNullType(arg.type)).map((arg) => `${arg.name}: ${arg.name === 'number' ? 1 : '"x"'}`);

const selection = (type: GraphQLType, inner: string): string => {
  const named = getNamedType(type);
  if (isUnionType(named)) {
    return `{ __typename ${named
      .getTypes()
      .map((member) => `... on ${member.name} { ${scalars(member).join(' ')} ${inner} }`)
      .join(' ')} }`;
  }
  return `{ ${scalars(named as GraphQLObjectType).join(' ')} ${inner} }`;
};

/**
 * Every path of object fields from `type` down to `hops` relations, each as a selection that
 * also asks for every scalar on the way; generated from the schema, so new relations are covered.
 */
export const relationPaths = (schema: GraphQLSchema, type: GraphQLObjectType, hops: number): string[] => {
  if (hops === 0) return [''];
  const paths: string[] = [''];
  for (const field of Object.values(type.getFields())) {
    const named = getNamedType(field.type);
    if (isLeafType(named) || field.args.some((arg) => isNonNullType(arg.type) && !['number'].includes(arg.name))) continue;
    const members = isUnionType(named) ? named.getTypes() : isObjectType(named) ? [named] : [];
    for (const member of members) {
      for (const rest of relationPaths(schema, member, hops - 1)) {
        const args = requiredArgs(field);
        const call = `${field.name}${args.length ? `(${args.join(', ')})` : ''}`;
        const inner = isUnionType(named) ? `{ __typename ... on ${member.name} { ${scalars(member).join(' ')} ${rest} } }` : selection(member, rest);
        paths.push(`${call} ${inner}`);
      }
    }
  }
  return paths;
};

export const isList = (type: GraphQLType) => isListType(isNonNullType(type) ? type.ofType : type);
