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
          // One Chromium for the run instead of one per file (see test/support/browser-server.ts).
          globalSetup: ['test/support/browser-server.ts'],
          environment: 'node',
          // Generous: a limit only ends a hung test, and on a loaded machine a file that starts
          // forty CLI processes in one test (bad-input-cli) legitimately runs for minutes.
          testTimeout: 600_000,
          hookTimeout: 600_000,
          // LibreOffice and Chromium are heavy; two cores, so run these files one at a time.
          fileParallelism: false,
        },
      },
    ],
  },
});
