import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { followUpDocument } from '../../core/body/follow-up';
import {
  documentFromGremium,
  followUpWithGremium,
  templateOfGremium,
} from '../../core/body/gremium';
import { parseProtokollBytes, serializeProtokoll } from '../../core/file/format';
import { t } from '../../core/i18n/catalog';
import type { StateCode } from '../../core/rules/schema';
import { parseGermanDate } from '../../core/style/dates';
import { findTemplate, listTemplates } from '../../core/templates/registry';
import type { Template } from '../../core/templates/schema';
import {
  defaultTemplateFor,
  isStateCode,
  templateState,
  templatesByState,
} from '../../core/templates/states';
import { instantiateTemplate } from '../../core/templates/instantiate';
import {
  buildSampleMeeting,
  MAX_ITEM_PAGES,
  MAX_SAMPLE_SPEAKERS,
  MAX_SAMPLE_TOPS,
} from '../../core/sample/sample';
import { readUserFile } from '../../host/fs/read-document';
import { readGremiumFile } from '../../host/services/gremium';
import { say, UsageError, type CliContext } from '../context';
import { checkOutputs, rejectRepeated, writeOutput } from '../outputs';

/** `--force` replaces an existing file, keeping the old one as "<file>.bak". */
const NEW_OPTIONS = {
  template: { type: 'string' },
  state: { type: 'string' },
  out: { type: 'string' },
  from: { type: 'string' },
  date: { type: 'string' },
  body: { type: 'string' },
  force: { type: 'boolean' },
} as const;
const SAMPLE_OPTIONS = {
  tops: { type: 'string' },
  out: { type: 'string' },
  seed: { type: 'string' },
  'item-pages': { type: 'string' },
  speakers: { type: 'string' },
  force: { type: 'boolean' },
} as const;

/** "2026-11-18" or "18.11.2026" → ISO; a wrong date is a usage error, never a guess. */
function dateOption(value: string | undefined): string {
  if (value === undefined) return '';
  const iso = /^\d{4}-\d{2}-\d{2}$/.test(value.trim())
    ? parseGermanDate(value.trim().split('-').reverse().join('.'))
    : parseGermanDate(value);
  if (!iso) throw new UsageError('body.cli.badDate', { value });
  return iso;
}

/**
 * `protokollant new (--template <id> | --state <code>) --out <file>`: new minutes from a
 * template; with --state the clerk picks the state first and gets its council's whole-meeting
 * template, and a --template of another state is refused, so a file never starts under the
 * wrong law;
 * `protokollant new --from <last.protokoll> --out <next.protokoll> [--date <date>]`: the next
 * minutes of the same body (core/body/follow-up.ts);
 * `protokollant new --body <x.gremium> [--template|--state] --out <file> [--date <date>]`: new
 * minutes of a body kept as a file of its own (core/body/gremium.ts); with --from as well, the
 * body file's roster and signatories replace the last minutes'.
 */
export async function newCommand(ctx: CliContext, args: string[]): Promise<number> {
  rejectRepeated(args, Object.keys(NEW_OPTIONS));
  const { values } = parseArgs({
    args,
    options: NEW_OPTIONS,
  });
  if (values.from !== undefined && values.template !== undefined) {
    throw new UsageError('body.cli.fromAndTemplate');
  }
  if (values.from !== undefined) {
    if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
    const date = dateOption(values.date);
    const [path] = await checkOutputs(ctx, [values.out], [values.from], {
      force: values.force === true,
    });
    const source = resolve(ctx.cwd, values.from);
    const last = parseProtokollBytes(await readUserFile(source), basename(source));
    const gremium = values.body ? await readGremiumFile(resolve(ctx.cwd, values.body)) : null;
    // With the body file, its numbering, standing items, people and signatories lead.
    const next = gremium
      ? followUpWithGremium(last, gremium, date)
      : followUpDocument(last, { date });
    const number =
      next.form === 'per-item' ? (next.items[0]?.minutesNumber ?? '') : next.meeting.minutesNumber;
    const counts = { number, people: next.people.length, items: next.items.length };
    say(ctx, number ? 'body.followUp.summary' : 'body.followUp.summaryNoNumber', counts);
    await writeOutput(ctx, path!, values.out, serializeProtokoll(next));
    return 0;
  }
  if (values.body !== undefined) {
    if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
    const date = dateOption(values.date);
    const [path] = await checkOutputs(ctx, [values.out], [values.body], {
      force: values.force === true,
    });
    const gremium = await readGremiumFile(resolve(ctx.cwd, values.body));
    const template =
      values.template || values.state
        ? chooseTemplate(values.template, values.state)
        : templateOfGremium(gremium);
    if (!template) throw new UsageError('gremium.noTemplate');
    const document = documentFromGremium(gremium, template, date);
    await writeOutput(ctx, path!, values.out, serializeProtokoll(document));
    return 0;
  }
  if (values.date !== undefined) throw new UsageError('cli.missingOption', { option: '--from' });
  if (!values.template && !values.state) {
    throw new UsageError('cli.missingOption', { option: '--template / --state' });
  }
  if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
  const template = chooseTemplate(values.template, values.state);
  const [path] = await checkOutputs(ctx, [values.out], [], { force: values.force === true });
  await writeOutput(ctx, path!, values.out, serializeProtokoll(instantiateTemplate(template)));
  return 0;
}

/** The template --template names, or the state's own; one of another state is refused. */
function chooseTemplate(id: string | undefined, stateOption: string | undefined): Template {
  const state = stateOption === undefined ? undefined : parseState(stateOption);
  if (id === undefined) {
    const template = defaultTemplateFor(state!);
    if (!template) throw new UsageError('cli.noTemplateForState', { state: state ?? '' });
    return template;
  }
  const template = findTemplate(id);
  if (!template) {
    throw new UsageError('cli.unknownTemplate', {
      id,
      ids: listTemplates()
        .map((t) => t.id)
        .join(', '),
    });
  }
  const own = templateState(template)?.code;
  if (state && own !== state) {
    throw new UsageError('cli.templateOtherState', { id: template.id, state, own: own ?? '–' });
  }
  return template;
}

function parseState(value: string): StateCode {
  const code = value.trim().toUpperCase();
  if (!isStateCode(code)) {
    throw new UsageError('cli.unknownState', {
      state: value,
      states: templatesByState()
        .flatMap((g) => (g.state ? [g.state] : []))
        .join(', '),
    });
  }
  return code;
}

/**
 * `protokollant templates [--state <code>]`: the templates grouped by state, each group headed
 * by the state and the paragraph on the Niederschrift its rules profile follows.
 */
export async function templatesCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { state: { type: 'string' } } });
  const state = values.state === undefined ? undefined : parseState(values.state);
  const lines: string[] = [];
  for (const group of templatesByState()) {
    if (state && group.state !== state) continue;
    lines.push(
      group.state
        ? `${group.stateName} (${group.state}) – ${group.law}`
        : t(ctx.lang, 'cli.templatesOther'),
    );
    for (const template of group.templates) lines.push(`  ${template.id}\t${template.name}`);
  }
  ctx.out(lines.join('\n'));
  return 0;
}

export async function sampleCommand(ctx: CliContext, args: string[]): Promise<number> {
  rejectRepeated(args, Object.keys(SAMPLE_OPTIONS));
  const { values } = parseArgs({
    args,
    options: SAMPLE_OPTIONS,
  });
  if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
  const tops = Number(values.tops ?? '12');
  if (!Number.isInteger(tops) || tops < 1 || tops > MAX_SAMPLE_TOPS) {
    throw new UsageError('cli.badNumber', { option: '--tops', min: 1, max: MAX_SAMPLE_TOPS });
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    throw new UsageError('cli.badNumber', { option: '--seed', min: 0, max: 2 ** 31 });
  }
  const itemPages = values['item-pages'] === undefined ? undefined : Number(values['item-pages']);
  if (
    itemPages !== undefined &&
    (!Number.isInteger(itemPages) || itemPages < 1 || itemPages > MAX_ITEM_PAGES)
  ) {
    throw new UsageError('cli.badNumber', { option: '--item-pages', min: 1, max: MAX_ITEM_PAGES });
  }
  const speakers = values.speakers === undefined ? undefined : Number(values.speakers);
  if (
    speakers !== undefined &&
    (!Number.isInteger(speakers) || speakers < 0 || speakers > MAX_SAMPLE_SPEAKERS)
  ) {
    throw new UsageError('cli.badNumber', {
      option: '--speakers',
      min: 0,
      max: MAX_SAMPLE_SPEAKERS,
    });
  }
  const [path] = await checkOutputs(ctx, [values.out], [], { force: values.force === true });
  const meeting = buildSampleMeeting({ tops, seed, itemPages, speakers });
  await writeOutput(ctx, path!, values.out, serializeProtokoll(meeting));
  return 0;
}
