import type { Core } from '@strapi/strapi';
import { getSettings } from '../config/get-settings';

// Editors upload photos; nothing else, and nothing a browser would run (no SVG, no HTML).
const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'];
const DENIED_TYPES = ['image/svg+xml', 'text/html', 'application/javascript', 'application/x-msdownload'];

/** Limits Strapi's media library to photos of `uploads.maxBytes`; a host's own upload security wins. */
export const restrictUploads = (strapi: Core.Strapi) => {
  strapi.config.set('plugin::upload.sizeLimit', getSettings(strapi).uploads.maxBytes);
  if (!strapi.config.get('plugin::upload.security')) {
    strapi.config.set('plugin::upload.security', { allowedTypes: ALLOWED_TYPES, deniedTypes: DENIED_TYPES });
  }
};
