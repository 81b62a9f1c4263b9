import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.data/**',
      'coverage/**',
      'src/graphql/generated/**',
      'src/shared/generated/**',
      'web/src/api/generated/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { files: ['jest.config.js'], languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } } },
  // The web application: React's rules of hooks.
  { files: ['web/**/*.{ts,tsx}'], ...reactHooks.configs.flat['recommended-latest'] },
  // Plain Node scripts that run before node_modules exists (CommonJS, built-ins only).
  {
    files: ['scripts/**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', __dirname: 'readonly', process: 'readonly', console: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // The rules of compliance stay pure: plain data in, plain data out (src/compliance/engine/index.ts). They may use
  // the law's plain shapes and pure helpers, never the database, an entity, a repository, a service or GraphQL.
  {
    files: ['src/compliance/engine/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['typeorm', 'pg', 'pg-*', 'express', 'graphql', '@apollo/*', 'meilisearch'],
              message: 'The engine is pure: no database, HTTP or GraphQL library.',
            },
            {
              group: [
                '**/db/**',
                '**/graphql/**',
                '**/app/**',
                '**/search/**',
                '**/*.entity',
                '**/*.repository',
                '**/*.service',
                '**/*.resolvers',
              ],
              message:
                'The engine is pure: map stored rows to its plain shapes at the edge (compliance/law-data.ts).',
            },
          ],
        },
      ],
    },
  },
  // Tests read loosely typed JSON answers; `any` there keeps assertions readable.
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
