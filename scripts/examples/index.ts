import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ProtocolDocument } from '../../core/model/schema';
import { buildKleinweilerExample } from './kleinweiler';
import { buildSignedStuttgartExample } from './signed';
import { buildStuttgartExample } from './stuttgart';

export const SEED_PATH = fileURLToPath(
  new URL('../../test/fixtures/seed/stuttgart-va-2018-06-27-top12.txt', import.meta.url),
);

/** The examples under examples/, by file name, as their builders make them. */
export function buildExamples(): Record<string, ProtocolDocument> {
  const seed = readFileSync(SEED_PATH, 'utf8');
  return {
    'stuttgart-va-2018-06-27-top12.protokoll': buildStuttgartExample(seed),
    'stuttgart-va-2018-06-27-top12-signed.protokoll': buildSignedStuttgartExample(
      buildStuttgartExample(seed),
    ),
    'kleinweiler-gemeinderat-2026-10-14.protokoll': buildKleinweilerExample(),
  };
}
