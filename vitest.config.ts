import path from 'node:path';
import { defineConfig } from 'vitest/config';

const shared = {
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'lib/testing/empty-module.ts'),
    },
  },
};

export default defineConfig({
  test: {
    projects: [
      {
        ...shared,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['lib/**/*.test.ts'],
          exclude: ['lib/**/*.integration.test.ts', 'lib/**/*.contract.test.ts'],
          env: { LOG_LEVEL: 'silent', DATA_DIR: './data/test-unit' },
        },
      },
      {
        ...shared,
        test: {
          name: 'integration',
          environment: 'node',
          include: ['lib/**/*.integration.test.ts', 'lib/**/*.contract.test.ts'],
          env: { LOG_LEVEL: 'silent', DATA_DIR: './data/test-integration' },
          testTimeout: 30_000,
          hookTimeout: 60_000,
          // The PostgreSQL leg shares one database: run files one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
