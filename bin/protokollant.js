#!/usr/bin/env node
// The command line tool. The TypeScript sources are bundled into dist/cli/index.mjs on `npm install`
// (the package's prepare script); this launcher only finds and starts that bundle.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const bundle = fileURLToPath(new URL('../dist/cli/index.mjs', import.meta.url));
if (!existsSync(bundle)) {
  process.stderr.write(
    'Protokollant ist noch nicht gebaut. Bitte im Projektordner „npm install“ oder „npm run build“ ausführen.\n' +
      'Protokollant is not built yet. Please run “npm install” or “npm run build” in the project folder.\n',
  );
  process.exit(70);
}
await import(pathToFileURL(bundle).href);
