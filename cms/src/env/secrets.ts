type Env = (key: string, fallback?: string) => string | undefined;

export const SECRET_NAMES = [
  'APP_KEYS',
  'API_TOKEN_SALT',
  'ADMIN_JWT_SECRET',
  'TRANSFER_TOKEN_SALT',
  'JWT_SECRET',
  'ENCRYPTION_KEY',
] as const;

export type SecretName = (typeof SECRET_NAMES)[number];

/** Reads a Strapi secret; a missing one stops start-up with its name instead of failing later. */
export const requireSecret = (env: Env, name: SecretName): string => {
  const value = env(name);
  if (!value) {
    throw new Error(
      `Missing secret ${name}. Set it in the environment (production) or delete cms/.env to let ` +
        '`npm start` generate fresh development secrets.'
    );
  }
  return value;
};
