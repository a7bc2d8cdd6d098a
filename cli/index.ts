import { mark } from './trace';
import { runCli } from './main';

/**
 * A reader that stops early (`protokollant verify x | head -1`) closes the pipe: that is no
 * error of ours. End quietly, as Unix tools do, instead of printing an EPIPE stack trace.
 */
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

// No top-level await: the bundle is one CommonJS script (see bin/protokollant.js).
void runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
}).then((code) => {
  mark('done');
  process.exitCode = code;
});
