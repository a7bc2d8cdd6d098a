import { spawn } from 'node:child_process';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { detectElectron, missingMessage } from '../scripts/start.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

type Detect = (o: {
  root?: string;
  env?: NodeJS.ProcessEnv;
  nodeVersion?: string;
  platform?: string;
}) => {
  binary?: string;
  missing?: string[];
};

describe('npm start', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'pk-start-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('finds Electron only where its runtime really is, without loading the electron package', async () => {
    const detect = detectElectron as Detect;
    // a project whose electron package has no binary (as after an offline install)
    await mkdir(join(dir, 'node_modules', 'electron'), { recursive: true });
    expect(detect({ root: dir, env: {}, nodeVersion: 'v22.12.0' })).toEqual({
      missing: ['runtime'],
    });
    await writeFile(join(dir, 'node_modules', 'electron', 'path.txt'), 'electron');
    expect(detect({ root: dir, env: {}, nodeVersion: 'v22.12.0' })).toEqual({
      missing: ['runtime'],
    });
    await mkdir(join(dir, 'node_modules', 'electron', 'dist'));
    await writeFile(join(dir, 'node_modules', 'electron', 'dist', 'electron'), '#!/bin/sh\n');
    await chmod(join(dir, 'node_modules', 'electron', 'dist', 'electron'), 0o755);
    expect(detect({ root: dir, env: {}, nodeVersion: 'v22.12.0', platform: 'linux' })).toEqual({
      binary: join(dir, 'node_modules', 'electron', 'dist', 'electron'),
    });
    expect(detect({ root: dir, env: {}, nodeVersion: 'v20.19.0', platform: 'linux' })).toEqual({
      missing: ['node'],
    });
    // an override wins, and must hold the binary
    expect(
      detect({
        root: dir,
        env: { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere') },
        nodeVersion: 'v24.0.0',
      }),
    ).toEqual({
      missing: ['override'],
    });
    expect(
      detect({
        root: dir,
        env: { ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'node_modules', 'electron', 'dist') },
        nodeVersion: 'v24.0.0',
        platform: 'linux',
      }),
    ).toEqual({ binary: join(dir, 'node_modules', 'electron', 'dist', 'electron') });
  });

  it('says in German and English what is missing and starts the browser mode instead', async () => {
    const message = (missingMessage as (m: string[], v: string) => string)(
      ['runtime', 'node'],
      'v20.19.0',
    );
    expect(message).toContain('npx install-electron');
    expect(message).toContain('ELECTRON_OVERRIDE_DIST_PATH');
    expect(message).toContain('Node.js 22.12 oder neuer');
    expect(message).toContain('Node.js 22.12 or newer');

    const child = spawn(
      process.execPath,
      [
        join(ROOT, 'scripts', 'start.mjs'),
        '--port',
        '0',
        '--user-data-dir',
        join(dir, 'user-data'),
      ],
      {
        cwd: ROOT,
        env: {
          ...process.env,
          PROTOKOLLANT_SKIP_BUILD: '1',
          ELECTRON_OVERRIDE_DIST_PATH: join(dir, 'nowhere'),
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    try {
      await expect
        .poll(() => output, { timeout: 20_000 })
        .toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=\S+$/m);
      expect(output).toContain('Protokollant kann nicht als Desktop-Programm starten');
      expect(output).toContain('Starting the browser mode instead.');
      const url = /^(http:\/\/127\.0\.0\.1:\d+)\//m.exec(output)![1]!;
      const page = await fetch(`${url}/`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => child.once('exit', resolve));
    }
  });
});
