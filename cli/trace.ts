/**
 * Where a cold CLI run spends its time, for `npm run bench` (bench/rows/12-cold-cli.ts): with
 * PROTOKOLLANT_TRACE=1 the CLI notes named moments (milliseconds since the process started,
 * Node's performance.now()) and prints them as one JSON line on stderr when it exits. Off by
 * default, and then costs nothing but one environment lookup.
 */
const marks: [string, number][] | null = process.env.PROTOKOLLANT_TRACE ? [] : null;

export function mark(name: string): void {
  marks?.push([name, performance.now()]);
}

if (marks) {
  // Evaluated first of the bundle (cli/index.ts imports it first): Node started and the
  // entry file was read and parsed.
  mark('entry');
  process.on('exit', () => {
    mark('exit');
    // CPU time as well: on a busy machine the wall clock says more about the neighbours.
    const cpu = process.cpuUsage();
    const trace = {
      ...Object.fromEntries(marks),
      cpu: (cpu.user + cpu.system) / 1000,
      // Set by bin/protokollant.js: 'used', 'rejected' or 'none' (see there).
      codeCache: (globalThis as Record<symbol, unknown>)[Symbol.for('protokollant.codeCache')],
    };
    process.stderr.write(`PROTOKOLLANT_TRACE ${JSON.stringify(trace)}\n`);
  });
}
