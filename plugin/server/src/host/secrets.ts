import type { Core } from '@strapi/strapi';

/** Secrets generated for development start with this, so production can recognise and refuse them. */
export const DEV_SECRET_PREFIX = 'dev-only-';

/** Strapi's secrets: the variable a deployment sets, and where Strapi's configuration holds it. */
export const STRAPI_SECRETS = [
  { name: 'APP_KEYS', path: 'server.app.keys' },
  { name: 'API_TOKEN_SALT', path: 'admin.apiToken.salt' },
  { name: 'ADMIN_JWT_SECRET', path: 'admin.auth.secret' },
  { name: 'TRANSFER_TOKEN_SALT', path: 'admin.transfer.token.salt' },
  { name: 'JWT_SECRET', path: 'plugin::users-permissions.jwtSecret' },
  { name: 'ENCRYPTION_KEY', path: 'admin.secrets.encryptionKey' },
] as const;

/**
 * In production every secret must be set, and none may be a generated development secret (a
 * checkout where `npm start` once ran in development has them in cms/.env, which Strapi loads).
 */
export const refuseDevelopmentSecrets = (strapi: Core.Strapi) => {
  if (process.env.NODE_ENV !== 'production') return;
  const problems = STRAPI_SECRETS.flatMap(({ name, path }) => {
    const value = strapi.config.get<string | string[] | undefined>(path);
    const values = (Array.isArray(value) ? value : [value]).filter((v): v is string => typeof v === 'string' && v !== '');
    if (values.length === 0) return [`${name} is not set`];
    return values.some((v) => v.startsWith(DEV_SECRET_PREFIX)) ? [`${name} is a generated development secret`] : [];
  });
  if (problems.length) {
    throw new Error(
      `[showrunner] Refusing to start in production: ${problems.join('; ')}. Set real secrets in the environment (e.g. openssl rand -base64 32).`
    );
  }
};
