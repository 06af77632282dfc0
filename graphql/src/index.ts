export { createGraphQLMiddleware, GRAPHQL_PATH } from './mount';
