/** @type {import('jest').Config} */
const transform = { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };

module.exports = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  transform,
  // API suites boot a real Strapi (and seed it) in their hooks.
  testTimeout: 180000,
  projects: [
    { displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'], transform, testEnvironment: 'node' },
    {
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
    },
    // A real browser (tests/e2e/install-chromium.sh) against a real server with the admin panel.
    { displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'], transform, testEnvironment: 'node' },
    // The packed plugin installed with npm into a fresh Strapi app, its admin built, started and checked (a few minutes).
    { displayName: 'pack', testMatch: ['<rootDir>/tests/pack/**/*.test.ts'], transform, testEnvironment: 'node' },
  ],
};
