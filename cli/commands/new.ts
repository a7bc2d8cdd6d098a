import { parseArgs } from 'node:util';
import { serializeProtokoll } from '../../core/file/format';
import { findTemplate, listTemplates } from '../../core/templates/registry';
import { instantiateTemplate } from '../../core/templates/instantiate';
import { buildSampleMeeting, MAX_ITEM_PAGES } from '../../core/sample/sample';
import { UsageError, type CliContext } from '../context';
import { checkOutputs, writeOutput } from '../outputs';

export async function newCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { template: { type: 'string' }, out: { type: 'string' } },
  });
  if (!values.template) throw new UsageError('cli.missingOption', { option: '--template' });
  if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
  const template = findTemplate(values.template);
  if (!template) {
    throw new UsageError('cli.unknownTemplate', {
      id: values.template,
      ids: listTemplates()
        .map((t) => t.id)
        .join(', '),
    });
  }
  const [path] = await checkOutputs(ctx, [values.out], []);
  await writeOutput(ctx, path!, values.out, serializeProtokoll(instantiateTemplate(template)));
  return 0;
}

export async function templatesCommand(ctx: CliContext, args: string[]): Promise<number> {
  parseArgs({ args, options: {} });
  ctx.out(
    listTemplates()
      .map((t) => `${t.id}\t${t.name}`)
      .join('\n'),
  );
  return 0;
}

export async function sampleCommand(ctx: CliContext, args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      tops: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      'item-pages': { type: 'string' },
    },
  });
  if (!values.out) throw new UsageError('cli.missingOption', { option: '--out' });
  const tops = Number(values.tops ?? '12');
  if (!Number.isInteger(tops) || tops < 1 || tops > 500) {
    throw new UsageError('cli.badNumber', { option: '--tops', min: 1, max: 500 });
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
  const [path] = await checkOutputs(ctx, [values.out], []);
  const meeting = buildSampleMeeting({ tops, seed, itemPages });
  await writeOutput(ctx, path!, values.out, serializeProtokoll(meeting));
  return 0;
}
