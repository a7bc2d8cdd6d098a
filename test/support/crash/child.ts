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
 *   node child.mjs save <file> <userData> <versions.json>
 *   node child.mjs recovery <userData> <versions.json>
 */

/** A synchronous write to fd 1: nothing is buffered in the process when SIGKILL arrives. */
function mark(line: string): void {
  writeSync(1, `${line}\n`);
}

/**
 * Observes the file system calls of writeFileAtomic (open of its temporary file, rename over
 * the target) without changing them: the calls go through unchanged, the marks only tell the
 * parent whether a kill landed in the middle of a write. syncBuiltinESMExports makes the
 * bundled `import { open } from 'node:fs/promises'` see the wrapped functions.
 */
function observeWrites(): void {
  const fsp = createRequire(import.meta.url)('node:fs/promises') as typeof FsPromises;
  const open = fsp.open;
  const rename = fsp.rename;
  const watched: typeof fsp.open = (path, flags, mode) => {
    if (flags === 'wx') mark(`open ${basename(String(path))}`);
    return open(path, flags, mode);
  };
  const renaming: typeof fsp.rename = async (from, to) => {
    mark(`rename ${basename(String(from))}`);
    await rename(from, to);
    mark(`renamed ${basename(String(to))}`);
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
  }
}

async function main(): Promise<void> {
  const [mode, ...args] = process.argv.slice(2);
  observeWrites();
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
