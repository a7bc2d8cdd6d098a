import { readFile } from 'node:fs/promises';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The floors of the core and the renderer and the ban on import circles are ESLint rules
 * (scripts/eslint-floors.js, configured in eslint.config.js) that `npm run lint` runs. Each
 * planted import below breaks one rule and must be reported; the imports the layout allows
 * must not be.
 */
describe('npm run lint enforces the floors and finds circles', () => {
  let eslint: ESLint;
  beforeAll(() => {
    eslint = new ESLint();
  });

  async function problems(filePath: string, code: string): Promise<string[]> {
    const [result] = await eslint.lintText(code, { filePath });
    return result!.messages
      .filter((m) => m.ruleId?.startsWith('floors/'))
      .map((m) => `${m.ruleId}: ${m.message}`);
  }

  const uses = (specifier: string) => `import * as m from '${specifier}';\nexport const x = m;\n`;

  it('core: the model imports no feature, a feature no export, nothing in core the contract', async () => {
    expect(await problems('core/model/planted.ts', uses('../publication/public'))).toEqual([
      expect.stringMatching(
        /^floors\/floor: core floors: core\/model\/planted.ts \(model\) may not import core\/publication\/public.ts \(features\)/,
      ),
    ]);
    expect(await problems('core/check/planted.ts', uses('../export/print-model'))).toHaveLength(1);
    expect(await problems('core/model/ops/planted.ts', uses('../../export/oparl'))).toHaveLength(1);
    expect(await problems('core/i18n/planted.ts', uses('../model/schema'))).toHaveLength(1);
    expect(await problems('core/review/planted.ts', uses('../../contract/host-api'))).toHaveLength(
      1,
    );
    // Down the floors is fine: export over features, features over model and base.
    expect(await problems('core/export/planted.ts', uses('../check/check'))).toEqual([]);
    expect(
      await problems('core/model/ops/planted.ts', uses('../../templates/instantiate')),
    ).toEqual([]);
    expect(await problems('core/check/planted.ts', uses('../model/schema'))).toEqual([]);
    expect(await problems('contract/planted.ts', uses('../core/export/print-model'))).toEqual([]);
  });

  it('renderer: ui imports no feature, a feature no other feature nor the shell', async () => {
    expect(await problems('renderer/ui/planted.ts', uses('../review/index'))).toEqual([
      expect.stringMatching(/renderer\/ui\/planted.ts \(ui\) may not import renderer\/review/),
    ]);
    expect(await problems('renderer/editor/planted.ts', uses('../shell/App'))).toHaveLength(1);
    expect(await problems('renderer/editor/planted.ts', uses('../meeting/index'))).toEqual([
      expect.stringMatching(
        /\(feature renderer\/editor\/\) may not import .*\(feature renderer\/meeting\/\)/,
      ),
    ]);
    expect(
      await problems('renderer/review/planted.ts', uses('../workspace/Workspace')),
    ).toHaveLength(1);
    // Allowed: a feature over ui and core, the workspace over features, the shell over all.
    expect(await problems('renderer/editor/planted.ts', uses('../ui/Modal'))).toEqual([]);
    expect(await problems('renderer/editor/planted.ts', uses('../../core/model/schema'))).toEqual(
      [],
    );
    expect(await problems('renderer/workspace/planted.ts', uses('../editor/ItemEditor'))).toEqual(
      [],
    );
    expect(await problems('renderer/shell/planted.ts', uses('../workspace/Workspace'))).toEqual([]);
  });

  it('an import that closes a circle is reported with the circle', async () => {
    // core/model/fields.ts imports core/style/dates.ts: the way back closes a circle.
    const dates = await readFile('core/style/dates.ts', 'utf8');
    const circle = await problems(
      'core/style/dates.ts',
      `${dates}\nimport { findPerson } from '../model/fields';\nexport const y = findPerson;\n`,
    );
    expect(circle).toEqual([
      'floors/no-cycle: Import circle: core/style/dates.ts → core/model/fields.ts → core/style/dates.ts.',
    ]);
    // The file as it is closes none.
    expect(await problems('core/style/dates.ts', dates)).toEqual([]);
  });
});
