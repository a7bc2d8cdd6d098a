import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startWebMode, type WebMode } from './web-mode';

export interface WebSessionOptions {
  /** The temp folder's name starts with `pk-e2e-${name}-`. */
  name: string;
  /** The temp folder is the user's home (`HOME`): the pickers start there. */
  home?: boolean;
  /** An empty `Dokumente` folder in it (where the save picker starts). */
  documentsFolder?: boolean;
  /** Files copied into the temp folder before the start: its name there → the source. */
  files?: Record<string, string>;
  /** Makes what cannot be copied (a generated sample, say) in the temp folder, after `files`. */
  prepare?: (dir: string) => void | Promise<void>;
  /** Of those, the ones the browser mode opens at start (as `protokollant-web FILE`). */
  open?: string[];
}

/** One browser mode for a test file: a browser, the server and the temp folder it works in. */
export interface WebSession {
  readonly browser: Browser;
  readonly web: WebMode;
  /** The test's own temp folder (the user data folder is `user-data` inside). */
  readonly dir: string;
}

/**
 * The start-up every browser-mode e2e file needs, registered as its beforeAll/afterAll (call it in
 * the describe block): a temp folder with the given files, the browser mode started on it, a
 * browser; all of it stopped and removed afterwards. The fields are there once beforeAll ran.
 */
export function useWebSession(options: WebSessionOptions): WebSession {
  let started: WebSession | null = null;
  let browser: Browser | undefined;
  let web: WebMode | undefined;
  let dir: string | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
    dir = await mkdtemp(join(tmpdir(), `pk-e2e-${options.name}-`));
    if (options.documentsFolder) {
      await mkdir(join(dir, 'Dokumente'));
    }
    for (const [name, source] of Object.entries(options.files ?? {})) {
      await copyFile(source, join(dir, name));
    }
    await options.prepare?.(dir);
    const root = dir;
    web = await startWebMode({
      userDataDir: join(root, 'user-data'),
      files: (options.open ?? []).map((name) => join(root, name)),
      ...(options.home ? { env: { HOME: root } } : {}),
    });
    started = { browser, web, dir: root };
  });
  afterAll(async () => {
    await web?.stop();
    await browser?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const get = <K extends keyof WebSession>(key: K): WebSession[K] => {
    if (started === null) throw new Error('the web session starts in beforeAll');
    return started[key];
  };
  return {
    get browser() {
      return get('browser');
    },
    get web() {
      return get('web');
    },
    get dir() {
      return get('dir');
    },
  };
}
