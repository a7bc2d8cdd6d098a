import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const WEB_ENTRY = `${ROOT}dist/web.mjs`;
const RENDERER_INDEX = `${ROOT}dist/renderer/index.html`;

/** The line the server prints with its address and token, alone on its line. */
const URL_LINE = /^(http:\/\/127\.0\.0\.1:(\d+)\/#token=[A-Za-z0-9_-]+)$/m;

export interface WebMode {
  /** The address with the token fragment, as printed. */
  url: string;
  port: number;
  process: ChildProcess;
  /** Everything the server printed so far (stdout and stderr). */
  output(): string;
  /** Stops the server (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Kills the server at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

export interface WebModeOptions {
  userDataDir: string;
  /** Files to open at start. */
  files?: string[];
  /**
   * Folders the page may reach besides home and the start files' folders (`--root`). By default
   * the folder around the user data folder: each test's own temp folder, as a user would grant
   * their working folder. Pass [] to test the roots themselves.
   */
  roots?: string[];
  port?: number;
  env?: NodeJS.ProcessEnv;
  /** Options for node itself, before the entry (the bench's `--cpu-prof`). */
  nodeArgs?: string[];
  timeoutMs?: number;
}

/**
 * Starts the browser mode as a user would (`node dist/web.mjs --port 0 --user-data-dir D file`)
 * and waits for the printed address. Needs the build (`node scripts/build.mjs all`).
 */
export async function startWebMode(options: WebModeOptions): Promise<WebMode> {
  if (!existsSync(WEB_ENTRY) || !existsSync(RENDERER_INDEX)) {
    throw new Error(
      'dist/web.mjs or dist/renderer is missing: run `node scripts/build.mjs all` first',
    );
  }
  const child = spawn(
    process.execPath,
    [
      ...(options.nodeArgs ?? []),
      WEB_ENTRY,
      '--port',
      String(options.port ?? 0),
      '--user-data-dir',
      options.userDataDir,
      ...(options.roots ?? [dirname(options.userDataDir)]).flatMap((root) => ['--root', root]),
      ...(options.files ?? []),
    ],
    { cwd: ROOT, env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const match = await new Promise<RegExpExecArray>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`web mode did not print its address in time:\n${output}`));
    }, options.timeoutMs ?? 20_000);
    const check = () => {
      const found = URL_LINE.exec(output);
      if (found) {
        clearTimeout(timer);
        child.stdout.off('data', check);
        resolve(found);
      }
    };
    child.stdout.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`web mode exited (${code}) before printing its address:\n${output}`));
    });
  });

  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url: match[1]!,
    port: Number(match[2]),
    process: child,
    output: () => output,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}
