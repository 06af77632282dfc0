import { defaultsFromEnv, validateSettings } from './settings';

export default {
  default: () => defaultsFromEnv(process.env),
  validator: validateSettings,
};
