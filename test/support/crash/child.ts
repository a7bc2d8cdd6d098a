import { readFileSync, writeSync } from 'node:fs';
import type * as FsPromises from 'node:fs/promises';
import { createRequire, syncBuiltinESMExports } from 'node:module';
import { basename } from 'node:path';
import type { ProtocolDocument } from '../../../core/model/schema';
import { servicesFor } from '../host-services';

/**
 * The process test/crash-safety.test.ts kills with SIGKILL. It saves (or autosaves) two
 * versions of a big document in turn, through the app's own services, until it is killed, and
 * writes what it is doing to stdout, line by line and synchronously, so the last line the
 * parent reads after the kill is where the kill landed.
 *
 *   node child.mjs save <file> <userData> <versions.json> [<stop>]
 *   node child.mjs recovery <userData> <versions.json> [<stop>]
 *
 * With <stop> = K the child stops dead at the K-th step of a write it reaches after "ready"
 * (see `step`): it prints "paused" and blocks, so the parent's SIGKILL lands exactly there,
 * however fast or loaded the machine is. Without it, it runs until killed at random.
 */

/** A synchronous write to fd 1: nothing is buffered in the process when SIGKILL arrives. */
function mark(line: string): void {
  writeSync(1, `${line}\n`);
}

/** The step to stop dead at (1-based, counted from "ready"), if any. */
let stopAt: number | null = null;
let steps = 0;
let counting = false;

/**
 * One step of a write: marked, and where the parent asked for it, the end of the road. The
 * process blocks its only thread, so nothing more reaches the disk before SIGKILL.
 */
function step(line: string): void {
  mark(line);
  if (!counting || stopAt === null || ++steps !== stopAt) return;
  mark('paused');
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

/**
 * Observes the file system calls of writeFileAtomic without changing what they write: the
 * temporary file opened ("open"), half its bytes written ("half"), all of them ("full"),
 * the rename over the target about to happen ("rename") and done ("renamed"). The data goes
 * out in two pieces instead of one so there is a moment with half a file on disk; the bytes
 * are the same. syncBuiltinESMExports makes the bundled `import { open } from
 * 'node:fs/promises'` see the wrapped functions.
 */
function observeWrites(): void {
  const fsp = createRequire(import.meta.url)('node:fs/promises') as typeof FsPromises;
  const open = fsp.open;
  const rename = fsp.rename;
  const watched = (async (path: string, flags?: string, mode?: number) => {
    const handle = await open(path, flags, mode);
    if (flags !== 'wx') return handle;
    const name = basename(String(path));
    step(`open ${name}`);
    const writeFile = handle.writeFile.bind(handle);
    handle.writeFile = async (data: Uint8Array | string) => {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : Buffer.from(data);
      const half = Math.floor(bytes.length / 2);
      let at = 0;
      while (at < half) at += (await handle.write(bytes, at, half - at)).bytesWritten;
      step(`half ${name}`);
      // From the current position on: the rest of the bytes after the first half.
      await writeFile(bytes.subarray(half));
      step(`full ${name}`);
    };
    return handle;
  }) as typeof fsp.open;
  const renaming: typeof fsp.rename = async (from, to) => {
    step(`rename ${basename(String(from))}`);
    await rename(from, to);
    step(`renamed ${basename(String(to))}`);
  };
  fsp.open = watched;
  fsp.rename = renaming;
  syncBuiltinESMExports();
}

async function save(file: string, userData: string, versions: ProtocolDocument[]): Promise<void> {
  const { documents } = servicesFor(userData);
  const caller = { owner: 'crash-test' };
  // As after a restart: the app opens the file the last run left behind.
  const opened = await documents.open(caller, file);
  const onDisk = JSON.stringify(opened.document) === JSON.stringify(versions[0]) ? 0 : 1;
  mark(`ready ${onDisk}`);
  counting = true;
  for (let i = 1; ; i++) {
    const version = (onDisk + i) % 2;
    mark(`save ${version}`);
    await documents.save(caller, {
      handle: opened.handle,
      document: versions[version],
      path: null,
      force: false,
    });
    mark(`saved ${version}`);
  }
}

async function autosave(userData: string, versions: ProtocolDocument[]): Promise<void> {
  const { documents } = servicesFor(userData);
  const caller = { owner: 'crash-test' };
  const opened = documents.newFromTemplate(caller, 'gemeinderat-sitzung');
  const [id] = [...documents.openRecoveryIds()];
  mark(`ready ${id}`);
  for (let i = 0; ; i++) {
    const version = i % 2;
    mark(`write ${version}`);
    await documents.writeRecovery(caller, { handle: opened.handle, document: versions[version] });
    mark(`written ${version}`);
    // Steps count from here: a kill then always has a finished copy to fall back on.
    counting = true;
  }
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  observeWrites();
  // A trailing number is the step to stop at; the versions file comes before it.
  if (/^\d+$/.test(args[args.length - 1] ?? '')) stopAt = Number(args.pop());
  const versionsFile = args[args.length - 1]!;
  const versions = JSON.parse(readFileSync(versionsFile, 'utf8')) as ProtocolDocument[];
  if (mode === 'save') await save(args[0]!, args[1]!, versions);
  else if (mode === 'recovery') await autosave(args[0]!, versions);
  else throw new Error(`unknown mode ${mode}`);
}

main().catch((error: unknown) => {
  mark(`error ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
