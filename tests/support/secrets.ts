/** Fixed secrets for test servers only. */
export const TEST_SECRETS = {
  APP_KEYS: 'testKeyA,testKeyB',
  API_TOKEN_SALT: 'test-api-token-salt',
  ADMIN_JWT_SECRET: 'test-admin-jwt-secret',
  TRANSFER_TOKEN_SALT: 'test-transfer-token-salt',
  JWT_SECRET: 'test-jwt-secret',
  ENCRYPTION_KEY: 'test-encryption-key-0123456789ab',
  STRAPI_TELEMETRY_DISABLED: 'true',
  STRAPI_DISABLE_UPDATE_NOTIFICATION: 'true',
  // A VAPID pair for test servers only: production-mode tests would otherwise meet the development
  // pair `npm start` writes into cms/.env, which production refuses.
  SHOWRUNNER_VAPID_PUBLIC_KEY: 'BAbf8pYUDvQdoJEWyxXjJqrIWGQOOvwk0dcS4JY-fdIdjv-HigvP3PhZGdl5K82rllr0Wt8wTAVondScN5_gweg',
  SHOWRUNNER_VAPID_PRIVATE_KEY: 'FuOL39hEspsu4DaR0F5YdGHrIpBjBOnztaQBr4ZN0ak',
  SHOWRUNNER_VAPID_SUBJECT: 'mailto:tests@showrunner.invalid',
};
