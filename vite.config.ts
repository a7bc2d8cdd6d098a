import { readdirSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));
// Test harness pages (renderer/harness/*.html) are built beside the app for e2e tests of
// single components; the app ships only index.html.
const harnessDir = `${root}/harness`;
const harness = existsSync(harnessDir)
  ? Object.fromEntries(
      readdirSync(harnessDir)
        .filter((f) => f.endsWith('.html'))
        .map((f) => [`harness-${f.replace(/\.html$/, '')}`, `${harnessDir}/${f}`]),
    )
  : {};

export default defineConfig({
  root,
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    sourcemap: true,
    target: 'chrome130',
    // The spell checker's dictionaries stay files of the app: a data: URL would need a CSP hole.
    assetsInlineLimit: (file: string) => (/\.(aff|dic)$/.test(file) ? false : undefined),
    rollupOptions: { input: { main: `${root}/index.html`, ...harness } },
  },
  server: { host: '127.0.0.1', strictPort: false },
});
