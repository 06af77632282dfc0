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
  ],
};
