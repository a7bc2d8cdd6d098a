import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { format } from 'prettier';
import { rulesSourceTable } from '../core/rules/sources';

// Writes docs/rules-sources.md from the rules profiles: `npx tsx scripts/rules-table.ts`.
// Formatted as `prettier --check .` wants it, so lint and the test agree on one text.
const target = fileURLToPath(new URL('../docs/rules-sources.md', import.meta.url));
writeFileSync(target, await format(rulesSourceTable(), { filepath: target }));
console.log(`wrote ${target}`);
