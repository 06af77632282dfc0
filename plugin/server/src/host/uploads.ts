import type { Core } from '@strapi/strapi';
import { getSettings } from '../config/get-settings';
import { extendMiddleware } from './middlewares';

// Editors upload photos; nothing else, and nothing a browser would run (no SVG, no HTML).
const ALLOWED_TYPES = ['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'];
const DENIED_TYPES = ['image/svg+xml', 'text/html', 'application/javascript', 'application/x-msdownload'];

/**
 * Limits Strapi's media library to photos of `uploads.maxBytes`; a host's own upload security
 * wins. The limit applies twice: to the request body as it arrives (Strapi's upload plugin checks
 * its own limit only after re-encoding an image, which can shrink an oversized file under it), and
 * to what the upload plugin stores.
 */
export const restrictUploads = (strapi: Core.Strapi) => {
  const { maxBytes } = getSettings(strapi).uploads;
  strapi.config.set('plugin::upload.sizeLimit', maxBytes);
  if (!strapi.config.get('plugin::upload.security')) {
    strapi.config.set('plugin::upload.security', { allowedTypes: ALLOWED_TYPES, deniedTypes: DENIED_TYPES });
  }
  extendMiddleware(strapi, 'strapi::body', { formidable: { maxFileSize: maxBytes } });
};
