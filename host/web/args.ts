export interface WebArgs {
  port: number;
  userDataDir: string | undefined;
  /** Folders the picker may reach besides home, for this run (`--root`, repeatable). */
  roots: string[];
  files: string[];
  help: boolean;
}

export class ArgsError extends Error {}

/** `web [--port N] [--user-data-dir D] [--root D]… [file…]`; `--opt=value` works too. */
export function parseWebArgs(argv: readonly string[]): WebArgs {
  const args: WebArgs = {
    port: 0,
    userDataDir: undefined,
    roots: [],
    files: [],
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s, 2) : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '')
        throw new ArgsError(`${flag} braucht einen Wert / needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) {
          throw new ArgsError(`--port: 0–65535`);
        }
        args.port = port;
        break;
      }
      case '--user-data-dir':
        args.userDataDir = value();
        break;
      case '--root':
        args.roots.push(value());
        break;
      case '--help':
      case '-h':
        args.help = true;
        break;
      default:
        if (arg.startsWith('--')) throw new ArgsError(`Unbekannte Option / unknown option: ${arg}`);
        args.files.push(arg);
    }
  }
  return args;
}
