// @ts-check
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Frameworks and infrastructure the pure matching core must never import (DEVELOPERS.md). */
const FORBIDDEN_IN_MATCHING_CORE = [
  { group: ['@nestjs/*', 'typeorm', 'typeorm/*', 'bullmq', 'ioredis', 'meilisearch', 'pg', '@electric-sql/*'], message: 'libs/matching-core is pure TypeScript: no framework or infrastructure imports.' },
  { group: ['@wsp/*', '!@wsp/matching-core'], message: 'libs/matching-core depends on no other bounded context.' },
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', '.data/**', '.tmp/**', '**/*.js', '**/*.mjs', 'bench/results/**'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-function-type': 'off',
      '@typescript-eslint/unbound-method': 'off',
      'no-console': ['error', { allow: ['error'] }],
    },
  },
  {
    files: ['libs/matching-core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: FORBIDDEN_IN_MATCHING_CORE }] },
  },
  {
    files: ['scripts/**/*.ts', 'bench/**/*.ts', 'tests/**/*.ts', '**/*.spec.ts'],
    rules: { 'no-console': 'off' },
  },
);
