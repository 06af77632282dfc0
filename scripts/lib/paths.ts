import path from 'node:path';

export const ROOT = path.resolve(__dirname, '../..');
export const CMS_DIR = path.join(ROOT, 'cms');
export const CMS_DIST = path.join(CMS_DIR, 'dist');
export const ADMIN_BUILD = path.join(CMS_DIST, 'build');
const packageDir = (name: string) => path.dirname(require.resolve(`${name}/package.json`, { paths: [ROOT] }));
export const STRAPI_BIN = path.join(packageDir('@strapi/strapi'), 'bin', 'strapi.js');
export const TSC_BIN = path.join(packageDir('typescript'), 'bin', 'tsc');
export const PLUGIN_DIR = path.join(ROOT, 'plugin');
export const PLUGIN_SDK_BIN = path.join(packageDir('@strapi/sdk-plugin'), 'bin', 'strapi-plugin.js');
