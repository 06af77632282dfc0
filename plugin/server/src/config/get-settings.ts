import type { Core } from '@strapi/strapi';
import type { ShowrunnerSettings } from './settings';

/** The plugin's validated configuration (config/plugins.ts over the environment's defaults). */
export const getSettings = (strapi: Core.Strapi): ShowrunnerSettings => strapi.config.get('plugin::showrunner') as ShowrunnerSettings;
