import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: [
            'core/**/*.test.ts',
            'contract/**/*.test.ts',
            'host/**/*.test.ts',
            'cli/**/*.test.ts',
            'electron/**/*.test.ts',
            'renderer/**/*.test.ts',
          ],
          environment: 'node',
          // Vitest's 5 s default is a timing assumption: on a loaded two-core machine a DOCX
          // render or a property test's hundred runs takes longer, and nothing is wrong.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/**/*.test.ts'],
          // The build once for the run, then one Chromium for the run instead of one per file
          // (see test/support/build.ts and browser-server.ts).
          globalSetup: ['test/support/build.ts', 'test/support/browser-server.ts'],
          environment: 'node',
          // Generous: a limit only ends a hung test, and on a loaded machine a file that starts
          // forty CLI processes in one test (bad-input-cli) legitimately runs for minutes.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // Two files at a time: most of a file's time is spent waiting on another process
          // (Chromium, LibreOffice, the CLI, the browser-mode host), so two overlap well even on
          // two cores. After the unit files (a group of its own, as its worker count differs).
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
