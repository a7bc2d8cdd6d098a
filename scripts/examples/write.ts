import { writeFileSync } from 'node:fs';
import { serializeProtokoll } from '../../core/file/format';
import { validateDocument } from '../../core/file/format';
import { buildExamples } from './index';
import { buildDemoKeyring, DEMO_KEYRING } from './signed';

// Regenerates examples/*.protokoll from their builders: `npx tsx scripts/examples/write.ts`.
for (const [name, document] of Object.entries(buildExamples())) {
  const valid = validateDocument(document, name);
  writeFileSync(new URL(`../../examples/${name}`, import.meta.url), serializeProtokoll(valid));
  console.log(`examples/${name}`);
}
// The keyring of the demo identities, so the signed example verifies (as demo signatures).
writeFileSync(
  new URL(`../../examples/${DEMO_KEYRING}`, import.meta.url),
  `${JSON.stringify(buildDemoKeyring(), null, 2)}\n`,
);
console.log(`examples/${DEMO_KEYRING}`);
