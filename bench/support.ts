import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';

export function tempDir(prefix = 'protokollant-bench-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export function hasCommand(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

/** Median of several timed runs of `fn`, in milliseconds. */
export async function medianMs(
  runs: number,
  fn: () => Promise<unknown> | unknown,
): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;
export const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}×`;

/**
 * The machine's load right after a measurement, to print beside timings that depend on it (a
 * keystroke p95 mostly measures the neighbours on a busy machine): the 1- and 5-minute load
 * averages against the number of cores. The bench's own browser counts in it (about 1).
 */
export function machineLoad(): string {
  const [one, five] = loadavg();
  return `machine load ${one!.toFixed(2)} (1 min) / ${five!.toFixed(2)} (5 min) on ${availableParallelism()} cores`;
}

/** The machine, for the table's heading: CPU model and cores. */
export function machineName(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpu}, ${availableParallelism()} cores`;
}
