export { UID } from '../../cms/src/plugins/showrunner/server/uids';
