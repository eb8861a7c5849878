import { defineConfig } from 'vitest/config';

// Three tiers: pure logic in node, DOM logic in happy-dom, the built extension in real browsers.
// Time-outs only catch a hang: vitest's 5 s default is a speed budget in disguise and failed on a
// loaded 2-core machine (CLI tests spawn tsx, 1 MB inputs). Speed is measured in npm run bench.
const HANG_MS = 120_000;
export default defineConfig({
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  test: {
    projects: [
      { extends: true, test: { name: 'unit', environment: 'node', include: ['tests/unit/**/*.test.ts'], testTimeout: HANG_MS, hookTimeout: HANG_MS } },
      { extends: true, test: { name: 'dom', environment: 'happy-dom', include: ['tests/dom/**/*.test.{ts,tsx}'], testTimeout: HANG_MS, hookTimeout: HANG_MS } },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
