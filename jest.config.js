/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Type-checking happens once in `npm test` (tsc --noEmit); ts-jest only transpiles, which keeps the suite fast.
  transform: { '^.+\\.ts$': 'ts-jest' },
  testTimeout: 30000,
  globalSetup: '<rootDir>/test/trainModels.globalSetup.ts',
  reporters: ['default', '<rootDir>/jest.summary-reporter.js'],
};
