export { createGraphQLMount, type GraphQLMount, type GraphQLSettings } from './mount';
