import { UserError } from '../core/errors';
import { isLang, t, type Lang } from '../core/i18n/catalog';
import { UsageError, type CliContext } from './context';

type Command = (ctx: CliContext, args: string[]) => Promise<number>;

/**
 * Commands load on demand: `verify` should not pay for loading the DOCX writer, pdf-lib and
 * Playwright, and a cold `export --pdf` starts Chromium sooner for the same reason.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  check: async () => (await import('./commands/check')).checkCommand,
  import: async () => (await import('./commands/import')).importCommand,
  keys: async () => (await import('./commands/keys')).keysCommand,
  keyring: async () => (await import('./commands/keyring')).keyringCommand,
  sign: async () => (await import('./commands/sign')).signCommand,
  export: async () => (await import('./commands/export')).exportCommand,
  new: async () => (await import('./commands/new')).newCommand,
  templates: async () => (await import('./commands/new')).templatesCommand,
  sample: async () => (await import('./commands/new')).sampleCommand,
  verify: async () => (await import('./commands/verify')).verifyCommand,
  roster: async () => (await import('./commands/roster')).rosterCommand,
  body: async () => (await import('./commands/body')).bodyCommand,
  search: async () => (await import('./commands/search')).searchCommand,
  beschlussbuch: async () => (await import('./commands/beschlussbuch')).beschlussbuchCommand,
};

/** Takes `--lang` out of the arguments wherever it stands; falls back to the environment. */
function extractLang(
  args: string[],
  env: Record<string, string | undefined>,
): { lang: Lang; rest: string[] } {
  const rest: string[] = [];
  let lang: Lang = isLang(env.PROTOKOLLANT_LANG) ? env.PROTOKOLLANT_LANG : 'de';
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--lang' && isLang(args[i + 1])) {
      lang = args[i + 1] as Lang;
      i++;
    } else if (arg.startsWith('--lang=') && isLang(arg.slice(7))) {
      lang = arg.slice(7) as Lang;
    } else rest.push(arg);
  }
  return { lang, rest };
}

/** Node's parseArgs errors name the option; we keep that part and say it in our words. */
function argumentDetail(error: Error): string {
  const quoted = /'([^']+)'/.exec(error.message);
  return quoted ? quoted[1]! : error.message.split('.')[0]!;
}

export async function runCli(
  argv: string[],
  io: {
    cwd: string;
    env: Record<string, string | undefined>;
    out(s: string): void;
    err(s: string): void;
  },
): Promise<number> {
  const { lang, rest } = extractLang(argv, io.env);
  const ctx: CliContext = { lang, cwd: io.cwd, env: io.env, out: io.out, err: io.err };
  const [name, ...args] = rest;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    ctx.out(t(lang, 'cli.usage'));
    return name ? 0 : 2;
  }
  const load = COMMANDS[name];
  if (!load) {
    ctx.err(t(lang, 'cli.unknownCommand', { command: name }));
    return 2;
  }
  if (args.includes('--help')) {
    ctx.out(t(lang, 'cli.usage'));
    return 0;
  }
  try {
    const command = await load();
    return await command(ctx, args);
  } catch (error) {
    if (error instanceof UsageError) {
      ctx.err(error.localized(lang));
      return 2;
    }
    if (error instanceof UserError) {
      ctx.err(error.localized(lang));
      return 1;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      ctx.err(t(lang, 'cli.badOption', { detail: argumentDetail(error as Error) }));
      return 2;
    }
    ctx.err(
      t(lang, 'cli.internal', { detail: error instanceof Error ? error.message : String(error) }),
    );
    if (io.env.PROTOKOLLANT_DEBUG) ctx.err(String((error as Error).stack));
    return 70;
  }
}
