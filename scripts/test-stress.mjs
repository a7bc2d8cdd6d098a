// `npm run test:stress [-- vitest args]`: the test suite on a busy machine. One busy process per
// core keeps every core loaded while vitest runs, as on a shared build machine or a laptop
// compiling something else; a test that only passes on an idle machine fails here.
//
// The load is bounded: each busy process stops on its own after --max-minutes (default 60) and
// when this script ends, however it ends. Options before `--` are ours, the rest go to vitest:
//   node scripts/test-stress.mjs [--load N] [--repeat N] [--max-minutes M] [-- vitest args]
// --load: busy processes (default: the number of cores); --repeat: runs of the suite in a row,
// stopping at the first failure (the bar is ten green runs on a loaded machine);
// --keep-going: run all of them anyway, to count the red ones. A summary line ends the output,
// with the machine's load average before and after.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import { parseArgs } from 'node:util';

const split = process.argv.indexOf('--');
const ours = split === -1 ? process.argv.slice(2) : process.argv.slice(2, split);
const vitestArgs = split === -1 ? [] : process.argv.slice(split + 1);
const { values } = parseArgs({
  args: ours,
  options: {
    load: { type: 'string', default: String(availableParallelism()) },
    repeat: { type: 'string', default: '1' },
    'max-minutes': { type: 'string', default: '60' },
    'keep-going': { type: 'boolean', default: false },
  },
});
const load = Math.max(0, Number(values.load));
const repeat = Math.max(1, Number(values.repeat));
const deadline = Date.now() + Number(values['max-minutes']) * 60_000;

// Spins until its deadline or until its parent is gone (the IPC channel closes).
const BUSY = `
const deadline = Number(process.argv[1]);
process.on('disconnect', () => process.exit(0));
(function spin() {
  const until = Date.now() + 50;
  let x = 0;
  while (Date.now() < until) x = (x * 31 + 7) % 1000003;
  if (Date.now() > deadline) process.exit(0);
  setImmediate(spin);
})();
`;
const busy = Array.from({ length: load }, () =>
  spawn(process.execPath, ['-e', BUSY, String(deadline)], {
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  }),
);
const stopLoad = () => {
  for (const child of busy) if (child.exitCode === null) child.kill('SIGTERM');
};
process.on('exit', stopLoad);
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopLoad();
    process.exit(130);
  });
}
process.stderr.write(`test:stress: ${load} busy process(es) loading the cores\n`);

const run = () =>
  new Promise((resolve) => {
    const vitest = spawn(
      process.execPath,
      ['node_modules/vitest/vitest.mjs', 'run', ...vitestArgs],
      {
        stdio: 'inherit',
      },
    );
    vitest.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });

const load1 = () => loadavg()[0].toFixed(2);
const loadBefore = load1();
const results = [];
for (let i = 1; i <= repeat && (values['keep-going'] || results.every((c) => c === 0)); i++) {
  if (repeat > 1) process.stderr.write(`test:stress: run ${i} of ${repeat}\n`);
  const started = Date.now();
  const code = await run();
  results.push(code);
  process.stderr.write(
    `test:stress: run ${i} ${code === 0 ? 'green' : 'RED'} in ${Math.round((Date.now() - started) / 1000)} s, load ${load1()}\n`,
  );
}
stopLoad();
const red = results.filter((c) => c !== 0).length;
process.stderr.write(
  `test:stress: ${results.length} run(s), ${results.length - red} green, ${red} red; ` +
    `${load} busy process(es); load average ${loadBefore} before, ${load1()} after\n`,
);
process.exitCode = red > 0 ? 1 : 0;
