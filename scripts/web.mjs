// `npm run web -- [--port N] [--user-data-dir D] [file]`: builds what the browser mode needs
// (the server and the renderer) and runs it. The server prints the address with its token.
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const build = spawnSync(process.execPath, ['scripts/build.mjs', 'web', 'renderer'], {
  cwd: root,
  stdio: 'inherit',
});
if (build.status !== 0) process.exit(build.status ?? 1);

// npm runs scripts in the package folder; file arguments are meant relative to where the user was.
const server = spawn(process.execPath, [`${root}dist/web.mjs`, ...process.argv.slice(2)], {
  cwd: process.env.INIT_CWD ?? process.cwd(),
  stdio: 'inherit',
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
