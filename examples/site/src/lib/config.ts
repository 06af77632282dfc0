/**
 * Where the API is. SITE_API_URL is read on the server only: the browser never talks to the API
 * directly (reader requests go through this site's /api/graphql, which adds the reader's token).
 */
export const API_URL = process.env.SITE_API_URL ?? 'http://localhost:1337/graphql';

/** Strapi's REST routes (users-permissions' /api/auth/*) and uploads live on the same origin. */
export const API_ORIGIN = new URL(API_URL).origin;

/** The reader's users-permissions JWT, in an httpOnly cookie (see README.md, "The reader's token"). */
export const SESSION_COOKIE = 'showrunner_reader';

/** users-permissions' default JWT lifetime; the cookie should not outlive the token. */
export const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** Turns an upload path from the API ("/uploads/…") into a URL the browser can load. */
export const mediaUrl = (url: string | null | undefined) => (url ? new URL(url, API_ORIGIN).href : null);
