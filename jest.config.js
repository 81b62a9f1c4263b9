// Unit tests cover the pure core; integration tests run the real GraphQL server against a real PostgreSQL
// (embedded by default, DATABASE_URL when set), prepared once per run by test/integration/global-setup.ts; browser
// tests drive Debian's Chromium through playwright-core against the same server with the built web application.
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
    },
    module: { type: 'commonjs' },
  },
];

const shared = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  // ESM-only packages the tests load (the Meilisearch client; the ICU message parser of the web's catalogues).
  transformIgnorePatterns: ['/node_modules/(?!(meilisearch|@formatjs)/)'],
  testEnvironment: 'node',
};

module.exports = {
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/test/unit/**/*.test.ts'] },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts'],
      globalSetup: '<rootDir>/test/integration/global-setup.ts',
      globalTeardown: '<rootDir>/test/integration/global-teardown.ts',
    },
    {
      ...shared,
      displayName: 'browser',
      testMatch: ['<rootDir>/test/browser/**/*.test.ts'],
      globalSetup: '<rootDir>/test/browser/global-setup.ts',
      globalTeardown: '<rootDir>/test/browser/global-teardown.ts',
    },
  ],
  // A time limit catches a hang, not slowness: an integration test starts servers, imports files and starts worker
  // threads, which on a busy two-core machine takes many times what it takes on an idle one. (Jest reads testTimeout
  // only here, not per project: set inside the project above, it had been ignored and every test had 5 s.)
  testTimeout: 180000,
};
