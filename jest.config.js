/** @type {import('jest').Config} */
const transform = { '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }] };

module.exports = {
  globalSetup: '<rootDir>/tests/support/global-setup.ts',
  projects: [
    { displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'], transform, testEnvironment: 'node' },
    {
      displayName: 'api',
      testMatch: ['<rootDir>/tests/api/**/*.test.ts'],
      transform,
      testEnvironment: 'node',
      testTimeout: 180000,
    },
  ],
};
