import { writeFileSync } from 'node:fs';
import { serializeProtokoll } from '../../core/file/format';
import { validateDocument } from '../../core/file/format';
import { buildExamples } from './index';

// Regenerates examples/*.protokoll from their builders: `npx tsx scripts/examples/write.ts`.
for (const [name, document] of Object.entries(buildExamples())) {
  const valid = validateDocument(document, name);
  writeFileSync(new URL(`../../examples/${name}`, import.meta.url), serializeProtokoll(valid));
  console.log(`examples/${name}`);
}
