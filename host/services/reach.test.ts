import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ProtocolError } from '../../core/errors';
import { servicesFor, tempFolder } from '../../test/support/host-services';

/**
 * What a page that was taken over (an XSS, a leaked token) gets out of the host: no bytes of a
 * file it names through an error, and no file overwritten through the snippet export.
 */
describe("the host's reach", () => {
  let dir: string;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ dir, cleanup } = await tempFolder());
  });
  afterEach(() => cleanup());

  async function refusal(promise: Promise<unknown>): Promise<ProtocolError> {
    try {
      await promise;
    } catch (error) {
      if (error instanceof ProtocolError) return error;
      throw error;
    }
    throw new Error('expected a refusal');
  }

  it('opening a file that is no document tells where it failed, never what it holds', async () => {
    const { documents } = servicesFor(join(dir, 'user-data'));
    const secrets = [
      ['shadow', 'root:$6$SECRETHASH:19000:0:99999:7:::\n'],
      ['config.json', '{"format":"SECRETTOKEN123","password":"SECRETPW"}'],
      ['cut.json', '{"format":"protokollant/niederschrift","key":"SECRETPW'],
    ] as const;
    for (const [name, text] of secrets) {
      await writeFile(join(dir, name), text);
      const error = await refusal(documents.open({ owner: 'w' }, join(dir, name)));
      for (const lang of ['de', 'en'] as const) {
        expect(error.localized(lang)).not.toMatch(/SECRET|root:|\$6\$/);
      }
    }
  });

  it('the snippet export writes a .json snippet file and never over another file', async () => {
    const { snippets } = servicesFor(join(dir, 'user-data'));
    const written = await snippets.exportTo(join(dir, 'bausteine'));
    expect(written.path).toBe(join(dir, 'bausteine.json'));
    expect(JSON.parse(await readFile(written.path, 'utf8')).format).toBe(
      'protokollant/textbausteine',
    );
    // Again onto its own file: fine.
    await snippets.exportTo(written.path);
    // Onto something else: refused, the file as it was.
    await mkdir(join(dir, 'home'));
    const other = join(dir, 'home', 'settings.json');
    await writeFile(other, '{"theme":"dark"}');
    const error = await refusal(snippets.exportTo(other));
    expect(error.code).toBe('safety.notSnippetFile');
    expect(await readFile(other, 'utf8')).toBe('{"theme":"dark"}');
    // A path without the extension does not reach the file of that name.
    await writeFile(join(dir, 'home', '.bashrc'), 'export A=1\n');
    await snippets.exportTo(join(dir, 'home', '.bashrc'));
    expect(await readFile(join(dir, 'home', '.bashrc'), 'utf8')).toBe('export A=1\n');
  });
});
