import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll, parseProtokollBytes, serializeProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { buildSampleMeeting } from '../core/sample/sample';
import { backupPathOf } from '../host/services/documents';
import { servicesFor } from './support/host-services';

/**
 * Nothing lost: a process that saves (or autosaves) a 60-item meeting is killed with SIGKILL at
 * a random moment, again and again; after each kill the file (and its backup, and the recovery
 * copy) must load and hold one whole version, never a mix, never nothing. The saving process is
 * test/support/crash/child.ts, bundled once with esbuild so each one starts with plain `node`.
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SAVE_KILLS = 200;
const RECOVERY_KILLS = 100;
/** Processes killed side by side, each in its own folder (two cores: more only queue up). */
const LANES = 2;

let work: string;
let childScript: string;
let versionsFile: string;
/** The two versions as the app writes them, byte for byte. */
let versions: ProtocolDocument[];
let versionBytes: string[];

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'pk-crash-'));
  childScript = join(work, 'child.mjs');
  await build({
    entryPoints: [join(ROOT, 'test/support/crash/child.ts')],
    outfile: childScript,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    logLevel: 'warning',
    // The bundle runs from the temp folder: everything but Node's own modules goes in.
    banner: {
      js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
    },
  });
  const a = buildSampleMeeting({ tops: 60 });
  const b = structuredClone(a);
  b.body.name = `${a.body.name} (Fassung B)`;
  for (const item of b.items) item.title = `${item.title} – geändert`;
  // Canonical form: what a load of the saved file gives back.
  versions = [a, b].map((doc) => parseProtokoll(serializeProtokoll(doc), 'v.protokoll'));
  versionBytes = versions.map((doc) => serializeProtokoll(doc));
  expect(versionBytes[0]).not.toBe(versionBytes[1]);
  expect(versionBytes[0]!.length).toBeGreaterThan(1_000_000);
  versionsFile = join(work, 'versions.json');
  await writeFile(versionsFile, JSON.stringify(versions));
}, 120_000);

afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

interface KilledRun {
  /** Every line the child wrote before it died. */
  lines: string[];
  /** How long after the child was ready the kill was sent. */
  delayMs: number;
}

/**
 * Starts the child, waits until it has done `warmUp` (a line it prints), then kills it after a
 * random delay of up to `maxDelayMs`.
 */
async function runAndKill(args: string[], warmUp: RegExp, maxDelayMs: number): Promise<KilledRun> {
  const child = spawn(process.execPath, [childScript, ...args], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const delayMs = Math.random() * maxDelayMs;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child did not get going:\n${out}\n${err}`));
    }, 60_000);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (warmUp.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the child ended by itself (${code}):\n${out}\n${err}`));
    });
  });
  await new Promise((resolve) => setTimeout(resolve, delayMs));
  child.kill('SIGKILL');
  await exited;
  expect(child.signalCode).toBe('SIGKILL');
  // What the child wrote before dying is still in the pipe.
  await new Promise((resolve) => setImmediate(resolve));
  const lines = out.split('\n').filter((line) => line !== '');
  expect(
    lines.find((line) => line.startsWith('error')),
    err,
  ).toBeUndefined();
  return { lines, delayMs };
}

/** Where in a save the kill landed, from the child's last line. */
type Phase = 'between-writes' | 'backup-write' | 'file-write' | 'recent-list-write';

/** What the file must hold after the kill: the version before the save, the new one, or either. */
type Expect = 'previous' | 'new' | 'either';

function phaseOf(lines: string[], fileName: string): { phase: Phase; expect: Expect } {
  const last = lines[lines.length - 1] ?? '';
  const cut = lines.map((line) => line.split(' ')[0]).lastIndexOf('save');
  const renamed = cut >= 0 && lines.slice(cut).includes(`renamed ${fileName}`);
  const writing = last.startsWith('open ') || last.startsWith('rename ');
  if (writing && last.includes(`.${fileName}.bak.`)) {
    return { phase: 'backup-write', expect: 'previous' };
  }
  if (writing && last.includes(`.${fileName}.`)) {
    // The rename itself may or may not have happened when the process died.
    return { phase: 'file-write', expect: last.startsWith('rename ') ? 'either' : 'previous' };
  }
  if (writing) return { phase: 'recent-list-write', expect: renamed ? 'new' : 'previous' };
  return { phase: 'between-writes', expect: renamed ? 'new' : 'previous' };
}

/** The version index the last completed save or autosave wrote, from the child's lines. */
function lastDone(lines: string[], done: string): number | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const [word, version] = lines[i]!.split(' ');
    if (word === done) return Number(version);
  }
  return null;
}

async function tempFilesIn(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp'));
}

describe('crash safety: SIGKILL in the middle of saving', () => {
  it(`${SAVE_KILLS} kills while saving a 60-item meeting: the file and its backup always hold a whole version`, async () => {
    const phases: Record<Phase, number> = {
      'between-writes': 0,
      'backup-write': 0,
      'file-write': 0,
      'recent-list-write': 0,
    };
    let leftoverTemps = 0;
    let saves = 0;
    const started = Date.now();

    const lane = async (n: number, kills: number) => {
      const dir = join(work, `save-${n}`);
      await mkdir(dir, { recursive: true });
      const file = join(dir, 'sitzung.protokoll');
      const userData = join(dir, 'user-data');
      await writeFile(file, versionBytes[0]!);
      for (let k = 0; k < kills; k++) {
        // Every other kill is timed from the first write of a save, so that a good share of
        // them cut a write off; the others from the start, anywhere in the save.
        const fromWrite = k % 2 === 1;
        const { lines } = await runAndKill(
          ['save', file, userData, versionsFile],
          fromWrite ? /^open \.sitzung\.protokoll\.bak\./m : /^ready \d$/m,
          fromWrite ? 20 : 150,
        );
        saves += lines.filter((line) => line.startsWith('saved ')).length;
        const { phase, expect: expected } = phaseOf(lines, 'sitzung.protokoll');
        phases[phase]++;

        const bytes = await readFile(file);
        // The file loads, and it is one of the two versions byte for byte: nothing mixed.
        const document = parseProtokollBytes(bytes, 'sitzung.protokoll');
        const text = bytes.toString('utf8');
        const version = versionBytes.indexOf(text);
        expect(
          version,
          `kill ${k} in lane ${n} (${phase}) left an unknown file`,
        ).toBeGreaterThanOrEqual(0);
        expect(JSON.stringify(document)).toBe(JSON.stringify(versions[version]));
        // Previous or new: what the last finished save wrote, or what the cut-off one was writing.
        // The last save begun: what was on disk before it, and what it was writing.
        const ready = Number(lines.find((line) => line.startsWith('ready '))!.split(' ')[1]);
        const begun = lines.map((line) => line.split(' ')[0]).lastIndexOf('save');
        const previous = lastDone(lines.slice(0, Math.max(begun, 0)), 'saved') ?? ready;
        const writing = begun >= 0 ? Number(lines[begun]!.split(' ')[1]) : previous;
        if (expected === 'previous') expect(version, phase).toBe(previous);
        if (expected === 'new') expect(version, phase).toBe(writing);

        // The backup, once there is one, is a whole version too.
        if (existsSync(backupPathOf(file))) {
          const backup = await readFile(backupPathOf(file));
          parseProtokollBytes(backup, 'sitzung.protokoll.bak');
          expect(versionBytes).toContain(backup.toString('utf8'));
        }
        // A write cut off leaves its temporary file behind; count them, then tidy up.
        for (const name of await tempFilesIn(dir)) {
          leftoverTemps++;
          await unlink(join(dir, name));
        }
      }
    };
    const perLane = Math.ceil(SAVE_KILLS / LANES);
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n, perLane)));

    const total = Object.values(phases).reduce((a, b) => a + b, 0);
    const midWrite = phases['backup-write'] + phases['file-write'];
    console.log(
      `crash-safety (save): ${total} kills in ${((Date.now() - started) / 1000).toFixed(0)} s, ` +
        `${saves} saves finished; kills writing the backup ${phases['backup-write']}, ` +
        `writing the file ${phases['file-write']}, writing the recent list ` +
        `${phases['recent-list-write']}, between writes ${phases['between-writes']}; ` +
        `${leftoverTemps} temporary files left behind`,
    );
    expect(total).toBeGreaterThanOrEqual(SAVE_KILLS);
    // Not vacuous: a good share of the kills cut a write off, both of the backup and the file.
    // (The share depends on the machine's speed — 20 to 40 % seen here — so the floor is 10 %,
    // and the absolute counts below make sure both writes were really cut.)
    expect(midWrite / total).toBeGreaterThanOrEqual(0.1);
    expect(phases['file-write']).toBeGreaterThanOrEqual(5);
    expect(phases['backup-write']).toBeGreaterThanOrEqual(10);
    expect(leftoverTemps).toBeGreaterThan(0);
  }, 1_200_000);

  it(`${RECOVERY_KILLS} kills while autosaving: the recovery store offers a readable copy that restores a whole version`, async () => {
    let midWrite = 0;
    let leftoverTemps = 0;
    const started = Date.now();

    const lane = async (n: number, kills: number) => {
      const userData = join(work, `recovery-${n}`);
      for (let k = 0; k < kills; k++) {
        const { lines } = await runAndKill(
          ['recovery', userData, versionsFile],
          /^written 0$/m,
          60,
        );
        const id = lines.find((line) => line.startsWith('ready '))!.split(' ')[1]!;
        const last = lines[lines.length - 1]!;
        if (last.startsWith('open ') || last.startsWith('rename ')) midWrite++;

        // The next start of the app: a fresh set of services over the same user data folder.
        const { documents, recovery } = servicesFor(userData);
        const offered = await documents.listRecovery();
        expect(offered.map((entry) => entry.id)).toEqual([id]);
        expect(offered[0]!.summary).toContain('60 TOP');
        const caller = { owner: 'restart' };
        const restored = await documents.restore(caller, id);
        expect(restored.recovered).toBe(true);
        const version = versions.findIndex(
          (doc) => JSON.stringify(doc) === JSON.stringify(restored.document),
        );
        expect(
          version,
          `kill ${k} in lane ${n}: the copy is no whole version`,
        ).toBeGreaterThanOrEqual(0);
        // The copy the last finished autosave wrote, or (renamed in time) the one cut off.
        const previous = lastDone(lines, 'written')!;
        if (last === `renamed ${id}.json`) expect(version).toBe(1 - previous);
        else if (!last.startsWith('rename ')) expect(version).toBe(previous);

        for (const name of await tempFilesIn(recovery.folder)) {
          leftoverTemps++;
          await unlink(join(recovery.folder, name));
        }
        // Closing the restored document cleanly removes the copy: the next round starts empty.
        await documents.close(caller, restored.handle);
        expect(await documents.listRecovery()).toEqual([]);
      }
    };
    const perLane = Math.ceil(RECOVERY_KILLS / LANES);
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n, perLane)));

    const total = perLane * LANES;
    console.log(
      `crash-safety (recovery): ${total} kills in ${((Date.now() - started) / 1000).toFixed(0)} s, ` +
        `${midWrite} while a copy was being written; ${leftoverTemps} temporary files left behind`,
    );
    expect(midWrite / total).toBeGreaterThanOrEqual(0.2);
    expect(leftoverTemps).toBeGreaterThan(0);
  }, 1_200_000);
});
