import { spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureCliBuilt, ROOT } from './support/cli';

/**
 * bin/protokollant.js compiles the one-file CLI with V8's code cache kept beside it
 * (dist/cli/protokollant.cjs.cache, seeded by the build). Here on a copy of the built tool,
 * so the cache can be taken away and broken: each run must still do its work, report what it
 * did with the cache (PROTOKOLLANT_TRACE), and leave a cache the next run can use.
 */
let root: string;
let sample: string;
const cacheOf = () => join(root, 'dist/cli/protokollant.cjs.cache');

function run(args: string[]): { status: number | null; stdout: string; codeCache: unknown } {
  const result = spawnSync(process.execPath, [join(root, 'bin/protokollant.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PROTOKOLLANT_LANG: 'de', PROTOKOLLANT_TRACE: '1' },
  });
  const trace = /PROTOKOLLANT_TRACE (\{.*\})/.exec(result.stderr)?.[1];
  if (!trace) throw new Error(`no trace: ${result.stderr}`);
  return {
    status: result.status,
    stdout: result.stdout,
    codeCache: (JSON.parse(trace) as { codeCache?: unknown }).codeCache,
  };
}

beforeAll(() => {
  ensureCliBuilt();
  root = mkdtempSync(join(tmpdir(), 'pk-code-cache-'));
  mkdirSync(join(root, 'bin'));
  cpSync(join(ROOT, 'bin/protokollant.js'), join(root, 'bin/protokollant.js'));
  cpSync(join(ROOT, 'dist/cli'), join(root, 'dist/cli'), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(root, 'node_modules'));
  sample = join(root, 'sample.protokoll');
  expect(run(['sample', '--tops', '3', '--out', sample]).status).toBe(0);
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('the CLI with its code cache', () => {
  it('comes from the build with a cache that an export uses', () => {
    expect(existsSync(join(ROOT, 'dist/cli/protokollant.cjs.cache'))).toBe(true);
    const result = run(['export', sample, '--docx', join(root, 'a.docx')]);
    expect(result.status).toBe(0);
    expect(result.codeCache).toBe('used');
    expect(readFileSync(join(root, 'a.docx')).subarray(0, 2).toString()).toBe('PK');
  });

  it('refuses a broken cache, still exports, and writes a good one for the next run', () => {
    writeFileSync(cacheOf(), Buffer.alloc(4096, 0x5a));
    const broken = run(['export', sample, '--docx', join(root, 'b.docx')]);
    expect(broken.status).toBe(0);
    expect(broken.codeCache).toBe('rejected');
    expect(readFileSync(cacheOf()).equals(Buffer.alloc(4096, 0x5a))).toBe(false);
    expect(run(['export', sample, '--docx', join(root, 'c.docx')]).codeCache).toBe('used');
    // The same document either way: the cache changes how fast the code runs, not what it does.
    expect(run(['check', sample]).stdout).toBe(
      spawnSync(process.execPath, [join(ROOT, 'bin/protokollant.js'), 'check', sample], {
        encoding: 'utf8',
        env: { ...process.env, PROTOKOLLANT_LANG: 'de' },
      }).stdout,
    );
  });

  it('runs without a cache and leaves one behind', () => {
    rmSync(cacheOf());
    const first = run(['check', sample]);
    expect(first.status).toBe(0);
    expect(first.codeCache).toBe('none');
    expect(existsSync(cacheOf())).toBe(true);
    expect(run(['check', sample]).codeCache).toBe('used');
  });
});
