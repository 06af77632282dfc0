export { mountGraphQL } from './mount';
