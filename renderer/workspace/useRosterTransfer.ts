import { useCallback, useState } from 'react';
import { t } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { applyRosterImport, planRosterImport } from '../../core/roster/import';
import type { RosterEntry } from '../../core/roster/entry';
import { useDialogs } from '../ui/dialogs';
import { useShell } from '../ui/context';
import { usePaths } from '../ui/paths';

/** How many duplicates the question lists by name; the rest are counted. */
const SHOWN_DUPLICATES = 12;

/**
 * Roster import and export in the app, as the CLI does them: the file is read by the host,
 * the plan (new, duplicates) is made by the core, and when there are duplicates the clerk
 * decides — merge them into the people already there, or leave them out. Nobody is added twice.
 */
export function useRosterTransfer(
  document: ProtocolDocument,
  onChange: (next: ProtocolDocument) => void,
) {
  const { host, lang, report } = useShell();
  const { baseName: fileName } = usePaths();
  const dialogs = useDialogs();
  const [status, setStatus] = useState('');

  const importRoster = useCallback(async () => {
    const path = await dialogs.pickRoster();
    if (!path) return;
    let entries: RosterEntry[];
    try {
      entries = (await host.call('roster.read', { path })).entries;
    } catch (error) {
      report(error);
      return;
    }
    const plan = planRosterImport(document, entries);
    const file = fileName(path);
    let merge = false;
    if (plan.duplicates.length > 0) {
      const names = plan.duplicates.slice(0, SHOWN_DUPLICATES).map((d) => {
        const f = d.entry.fields;
        return `• ${[f.givenName, f.familyName].filter(Boolean).join(' ')} (${d.entry.source})`;
      });
      if (plan.duplicates.length > SHOWN_DUPLICATES) {
        names.push(
          t(lang, 'meeting.roster.more', { count: plan.duplicates.length - SHOWN_DUPLICATES }),
        );
      }
      const choice = await dialogs.ask(
        t(lang, 'meeting.roster.importTitle'),
        `${t(lang, 'meeting.roster.planDuplicates', {
          added: plan.added.length,
          file,
          count: plan.duplicates.length,
        })}\n${names.join('\n')}`,
        [
          { id: 'cancel', label: t(lang, 'shell.dialog.cancel') },
          { id: 'skip', label: t(lang, 'meeting.roster.skip') },
          { id: 'merge', label: t(lang, 'meeting.roster.merge'), kind: 'primary' },
        ],
      );
      if (choice !== 'skip' && choice !== 'merge') return;
      merge = choice === 'merge';
    }
    const applied = applyRosterImport(document, plan, { merge });
    if (applied.document !== document) onChange(applied.document);
    setStatus(
      t(lang, 'meeting.roster.done', {
        added: applied.added,
        merged: applied.merged,
        skipped: applied.skipped,
      }),
    );
  }, [dialogs, document, fileName, host, lang, onChange, report]);

  const exportRoster = useCallback(async () => {
    const path = await dialogs.pickSave('csv', t(lang, 'meeting.roster.heading'));
    if (!path) return;
    try {
      const written = await host.call('roster.export', { document, path, encoding: 'utf-8' });
      setStatus(t(lang, 'meeting.roster.exported', { file: fileName(written.path) }));
    } catch (error) {
      report(error);
    }
  }, [dialogs, document, fileName, host, lang, report]);

  return { importRoster, exportRoster, status };
}
