import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The longest stretch a process's main thread was busy, from the CPU profile node writes with
 * `--cpu-prof`: samples in a row (1 ms apart) that are not idle (its JavaScript, the garbage
 * collector, native work). A stretch may hold several events handled back to back (a socket
 * read while other requests are answered in between), so it bounds the longest task from
 * above. Unlike a client's round trips it hardly depends on what else the machine runs: a
 * preempted idle thread has no stretch to lengthen.
 */

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string }; children?: number[] }[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export interface LongestTask {
  ms: number;
  /** The function most samples of the task were in, for the note. */
  top: string;
}

/** The main thread's profile in a `--cpu-prof-dir` (its file names end in .<thread 0>.<n>). */
export function mainThreadProfile(dir: string): string {
  const file = readdirSync(dir).find((name) => /\.0\.\d+\.cpuprofile$/.test(name));
  if (!file) throw new Error(`no main-thread CPU profile in ${dir}`);
  return join(dir, file);
}

/**
 * The longest busy stretch between two moments of the monotonic clock, in microseconds (V8's
 * profile and process.hrtime use the same clock on Linux).
 */
export function longestTask(profilePath: string, fromUs: number, toUs: number): LongestTask {
  const profile = JSON.parse(readFileSync(profilePath, 'utf8')) as CpuProfile;
  const names = new Map(
    profile.nodes.map((n) => [n.id, n.callFrame.functionName || '(anonymous)']),
  );
  const idle = new Set(['(idle)', '(program)']);
  let time = profile.startTime;
  let longest: LongestTask = { ms: 0, top: '' };
  let start = -1;
  let last = -1;
  let counts = new Map<string, number>();
  /** A task ends where the next sample finds the thread idle (or at its last sample). */
  const close = (end: number) => {
    if (start >= 0 && (end - start) / 1000 > longest.ms) {
      const top = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
      longest = { ms: (end - start) / 1000, top };
    }
    start = -1;
    counts = new Map();
  };
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i]!;
    if (time < fromUs || time > toUs) {
      close(last);
      continue;
    }
    const name = names.get(profile.samples[i]!) ?? '';
    if (idle.has(name)) {
      close(time);
      continue;
    }
    if (start < 0) start = time;
    last = time;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  close(last);
  return longest;
}
