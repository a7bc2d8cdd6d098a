import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseProtokoll, parseProtokollBytes, serializeProtokoll } from '../core/file/format';
import type { ProtocolDocument } from '../core/model/schema';
import { buildSampleMeeting } from '../core/sample/sample';
import { backupPathOf } from '../host/services/documents';
import { servicesFor } from './support/host-services';

/**
 * Nothing lost: a process that saves (or autosaves) a 60-item meeting is killed with SIGKILL,
 * again and again; after each kill the file (and its backup, and the recovery copy) must load
 * and hold one whole version, never a mix, never nothing. The saving process is
 * test/support/crash/child.ts, bundled once with esbuild so each one starts with plain `node`.
 *
 * The proof is deterministic: the child stops dead at a chosen step of a write (temporary file
 * opened, half written, fully written, about to be renamed, renamed) and is killed there, at
 * every step of every write of two saves in turn, so each phase is hit whatever the machine's
 * load. Kills at random moments come on top, for the moments between the steps; they assert
 * the same, but no share of hits (that share depended on the machine's load).
 */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
/** Kills at random moments, on top of the ones at every step. */
const SAVE_KILLS = 60;
const RECOVERY_KILLS = 40;
/** The steps of one atomic write, as the child names them. */
const STEPS = ['open', 'half', 'full', 'rename', 'renamed'] as const;
/** How long a child may take to reach its step before the test calls it hung. */
const HANG_MS = 300_000;
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

/**
 * Starts the child with a step to stop at, waits until it says it has stopped there, and
 * kills it: the kill lands exactly at that step.
 */
async function runToStep(args: string[], stop: number): Promise<string[]> {
  const child = spawn(process.execPath, [childScript, ...args, String(stop)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`the child did not reach step ${stop}:\n${out}\n${err}`));
    }, HANG_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      if (/^paused$/m.test(out)) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the child ended by itself (${code}):\n${out}\n${err}`));
    });
  });
  child.kill('SIGKILL');
  await exited;
  expect(child.signalCode).toBe('SIGKILL');
  const lines = out.split('\n').filter((line) => line !== '');
  expect(lines.at(-1)).toBe('paused');
  expect(
    lines.find((line) => line.startsWith('error')),
    err,
  ).toBeUndefined();
  return lines.slice(0, -1);
}

/** Which write a step line belongs to: the file's backup, the file, or another (recent list). */
function writeOf(line: string, fileName: string): 'backup' | 'file' | 'other' {
  const name = line.split(' ')[1] ?? '';
  if (name === `${fileName}.bak` || name.startsWith(`.${fileName}.bak.`)) return 'backup';
  if (name === fileName || name.startsWith(`.${fileName}.`)) return 'file';
  return 'other';
}

/** Where in a save the kill landed, from the child's last line. */
type Phase = 'between-writes' | 'backup-write' | 'file-write' | 'recent-list-write';

/** What the file must hold after the kill: the version before the save, the new one, or either. */
type Expect = 'previous' | 'new' | 'either';

/**
 * `exact`: the child stopped at its last line, so a "rename" line means the rename had not
 * been called yet. A random kill after it may land before or after the rename.
 */
function phaseOf(
  lines: string[],
  fileName: string,
  exact: boolean,
): { phase: Phase; expect: Expect } {
  const last = lines[lines.length - 1] ?? '';
  const cut = lines.map((line) => line.split(' ')[0]).lastIndexOf('save');
  const renamed = cut >= 0 && lines.slice(cut).includes(`renamed ${fileName}`);
  const writing = /^(open|half|full|rename) /.test(last);
  if (writing && last.includes(`.${fileName}.bak.`)) {
    return { phase: 'backup-write', expect: 'previous' };
  }
  if (writing && last.includes(`.${fileName}.`)) {
    // The rename itself may or may not have happened when the process died.
    return {
      phase: 'file-write',
      expect: last.startsWith('rename ') && !exact ? 'either' : 'previous',
    };
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

/**
 * After a kill in a save: the file loads and is one of the two versions byte for byte, the one
 * before the save or the one it was writing as the kill's place demands; the backup is whole
 * too. Removes the temporary files a cut-off write left, and says how many.
 */
async function checkSave(
  lines: string[],
  file: string,
  label: string,
  exact: boolean,
): Promise<{ phase: Phase; temps: number; saves: number }> {
  const { phase, expect: expected } = phaseOf(lines, 'sitzung.protokoll', exact);
  const bytes = await readFile(file);
  // The file loads, and it is one of the two versions byte for byte: nothing mixed.
  const document = parseProtokollBytes(bytes, 'sitzung.protokoll');
  const version = versionBytes.indexOf(bytes.toString('utf8'));
  expect(version, `${label} (${phase}) left an unknown file`).toBeGreaterThanOrEqual(0);
  expect(JSON.stringify(document)).toBe(JSON.stringify(versions[version]));
  // The last save begun: what was on disk before it, and what it was writing.
  const ready = Number(lines.find((line) => line.startsWith('ready '))!.split(' ')[1]);
  const begun = lines.map((line) => line.split(' ')[0]).lastIndexOf('save');
  const previous = lastDone(lines.slice(0, Math.max(begun, 0)), 'saved') ?? ready;
  const writing = begun >= 0 ? Number(lines[begun]!.split(' ')[1]) : previous;
  if (expected === 'previous') expect(version, `${label} (${phase})`).toBe(previous);
  if (expected === 'new') expect(version, `${label} (${phase})`).toBe(writing);

  // The backup, once there is one, is a whole version too.
  if (existsSync(backupPathOf(file))) {
    const backup = await readFile(backupPathOf(file));
    parseProtokollBytes(backup, 'sitzung.protokoll.bak');
    expect(versionBytes).toContain(backup.toString('utf8'));
  }
  // A write cut off leaves its temporary file behind; count them, then tidy up.
  const dir = dirname(file);
  const temps = await tempFilesIn(dir);
  for (const name of temps) await unlink(join(dir, name));
  const saves = lines.filter((line) => line.startsWith('saved ')).length;
  return { phase, temps: temps.length, saves };
}

/** After a kill in an autosave: the next start offers the copy, and it restores a whole version. */
async function checkRecovery(lines: string[], userData: string, label: string): Promise<number> {
  const id = lines.find((line) => line.startsWith('ready '))!.split(' ')[1]!;
  const last = lines[lines.length - 1]!;
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
  expect(version, `${label}: the copy is no whole version`).toBeGreaterThanOrEqual(0);
  // The copy the last finished autosave wrote, or (renamed in time) the one cut off.
  const previous = lastDone(lines, 'written')!;
  if (last === `renamed ${id}.json`) expect(version, label).toBe(1 - previous);
  else if (!last.startsWith('rename ')) expect(version, label).toBe(previous);

  const temps = await tempFilesIn(recovery.folder);
  for (const name of temps) await unlink(join(recovery.folder, name));
  // Closing the restored document cleanly removes the copy: the next round starts empty.
  await documents.close(caller, restored.handle);
  expect(await documents.listRecovery()).toEqual([]);
  return temps.length;
}

/** "half file", "renamed backup": a step line by its step and the write it belongs to. */
const pointOf = (line: string, fileName: string): string =>
  `${line.split(' ')[0]} ${writeOf(line, fileName)}`;

describe('crash safety: SIGKILL in the middle of saving', () => {
  it('a kill at every step of every write of two saves leaves the file and its backup whole, the old version or the new', async () => {
    const dir = join(work, 'save-steps');
    await mkdir(dir, { recursive: true });
    const file = join(dir, 'sitzung.protokoll');
    const userData = join(dir, 'user-data');
    await writeFile(file, versionBytes[0]!);
    const reached = new Set<string>();
    let temps = 0;
    // Steps are counted from the child's "ready"; stop at the 1st, 2nd, … until a step falls
    // into the third save. Each child starts from what the one before left on disk.
    for (let stop = 1; ; stop++) {
      const lines = await runToStep(['save', file, userData, versionsFile], stop);
      const saves = lines.filter((line) => line.startsWith('save ')).length;
      if (saves > 2) break;
      const last = lines.at(-1)!;
      reached.add(pointOf(last, 'sitzung.protokoll'));
      const result = await checkSave(lines, file, `stop ${stop} at "${last}"`, true);
      temps += result.temps;
      expect(stop, 'more steps than two saves can have').toBeLessThan(200);
    }
    console.log(`crash-safety (save steps): ${[...reached].sort().join(', ')}; ${temps} temps`);
    // Every step of the backup's and the file's writes was hit, and of the other writes of a
    // save (the recent list): the proof covers each phase, on any machine.
    for (const write of ['backup', 'file', 'other']) {
      for (const s of STEPS) expect(reached, `${s} ${write}`).toContain(`${s} ${write}`);
    }
    // Kills with a temporary file open, half or fully written, left it behind (and it was
    // removed above); the file was whole every time all the same.
    expect(temps).toBeGreaterThan(0);
  }, 1_200_000);

  it(`${SAVE_KILLS} kills at random moments while saving: the file and its backup always hold a whole version`, async () => {
    const phases: Record<Phase, number> = {
      'between-writes': 0,
      'backup-write': 0,
      'file-write': 0,
      'recent-list-write': 0,
    };
    let saves = 0;
    const started = Date.now();

    const lane = async (n: number, kills: number) => {
      const dir = join(work, `save-${n}`);
      await mkdir(dir, { recursive: true });
      const file = join(dir, 'sitzung.protokoll');
      const userData = join(dir, 'user-data');
      await writeFile(file, versionBytes[0]!);
      for (let k = 0; k < kills; k++) {
        // Every other kill is timed from the first write of a save; the others from the start.
        const fromWrite = k % 2 === 1;
        const { lines } = await runAndKill(
          ['save', file, userData, versionsFile],
          fromWrite ? /^open \.sitzung\.protokoll\.bak\./m : /^ready \d$/m,
          fromWrite ? 20 : 150,
        );
        const result = await checkSave(lines, file, `kill ${k} in lane ${n}`, false);
        phases[result.phase]++;
        saves += result.saves;
      }
    };
    const perLane = Math.ceil(SAVE_KILLS / LANES);
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n, perLane)));

    const total = Object.values(phases).reduce((a, b) => a + b, 0);
    // Where the kills landed, for the reader; the steps test proves every phase.
    console.log(
      `crash-safety (save, random): ${total} kills in ${((Date.now() - started) / 1000).toFixed(0)} s, ` +
        `${saves} saves finished; kills writing the backup ${phases['backup-write']}, ` +
        `writing the file ${phases['file-write']}, writing the recent list ` +
        `${phases['recent-list-write']}, between writes ${phases['between-writes']}`,
    );
    expect(total).toBeGreaterThanOrEqual(SAVE_KILLS);
  }, 1_200_000);

  it('a kill at every step of two autosaves: the recovery store offers a copy that restores a whole version', async () => {
    const userData = join(work, 'recovery-steps');
    const reached = new Set<string>();
    let temps = 0;
    // Counted from the end of the first autosave (so there is a copy to fall back on).
    for (let stop = 1; ; stop++) {
      const lines = await runToStep(['recovery', userData, versionsFile], stop);
      const writes = lines.filter((line) => line.startsWith('write ')).length;
      if (writes > 3) break;
      const last = lines.at(-1)!;
      reached.add(last.split(' ')[0]!);
      temps += await checkRecovery(lines, userData, `stop ${stop} at "${last}"`);
      expect(stop, 'more steps than two autosaves can have').toBeLessThan(100);
    }
    console.log(`crash-safety (recovery steps): ${[...reached].sort().join(', ')}; ${temps} temps`);
    for (const s of STEPS) expect(reached, s).toContain(s);
    expect(temps).toBeGreaterThan(0);
  }, 1_200_000);

  it(`${RECOVERY_KILLS} kills at random moments while autosaving: the copy always restores a whole version`, async () => {
    const started = Date.now();
    const lane = async (n: number, kills: number) => {
      const userData = join(work, `recovery-${n}`);
      for (let k = 0; k < kills; k++) {
        const { lines } = await runAndKill(
          ['recovery', userData, versionsFile],
          /^written 0$/m,
          60,
        );
        await checkRecovery(lines, userData, `kill ${k} in lane ${n}`);
      }
    };
    const perLane = Math.ceil(RECOVERY_KILLS / LANES);
    await Promise.all(Array.from({ length: LANES }, (_, n) => lane(n, perLane)));
    console.log(
      `crash-safety (recovery, random): ${perLane * LANES} kills in ` +
        `${((Date.now() - started) / 1000).toFixed(0)} s`,
    );
  }, 1_200_000);
});
