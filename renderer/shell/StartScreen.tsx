import { useCallback, useEffect, useMemo, useState } from 'react';
import type { RecentEntry, RecoveryEntry, TemplateSummary } from '../../contract/host-api';
import type { Gremium } from '../../core/body/gremium';
import { useShell } from '../ui/context';
import { usePaths } from '../ui/paths';
import { useDialogs } from '../ui/dialogs';
import { formatDateTime, useT } from '../ui/i18n';

export type OpenIntent =
  | { kind: 'path'; path: string; itemId?: string | null }
  | { kind: 'gremium'; gremium: Gremium }
  | { kind: 'template'; templateId: string }
  | { kind: 'recovery'; id: string }
  | { kind: 'import'; path: string }
  | { kind: 'followUp'; path: string; gremium?: Gremium };

interface StartScreenProps {
  onOpen(intent: OpenIntent): void;
  /** Files given on the command line while recovery copies wait: offered here, not opened blindly. */
  pendingFiles: string[];
  /** The body file editor (Gremium) and the archive. */
  onGremium(): void;
  onArchive(): void;
}

/** The start screen: new from a template, open, recent documents, and restoring after a crash. */
export function StartScreen({ onOpen, pendingFiles, onGremium, onArchive }: StartScreenProps) {
  const { host, lang, report, settings, setSettings } = useShell();
  const paths = usePaths();
  const dialogs = useDialogs();
  const t = useT();
  const [templates, setTemplates] = useState<TemplateSummary[] | null>(null);
  const [recent, setRecent] = useState<RecentEntry[]>([]);
  const [recovery, setRecovery] = useState<RecoveryEntry[]>([]);

  const refresh = useCallback(() => {
    Promise.all([
      host.call('templates.list', {}),
      host.call('recent.list', {}),
      host.call('recovery.list', {}),
    ])
      .then(([tpl, rec, rcv]) => {
        setTemplates(tpl);
        setRecent(rec);
        setRecovery(rcv);
      })
      .catch(report);
  }, [host, report]);

  useEffect(refresh, [refresh]);

  // The clerk picks the state first; the choice is remembered for the next new document.
  const states = useMemo(() => statesOf(templates ?? []), [templates]);
  const chosen = states.some((s) => s.code === settings.templateState)
    ? (settings.templateState ?? '')
    : '';
  const shown = (templates ?? []).filter((t) => chosen === '' || t.state === chosen);
  const groups = groupByState(shown);

  const open = async () => {
    const path = await dialogs.pickOpen();
    if (path) onOpen({ kind: 'path', path });
  };

  const followUp = async () => {
    const path = await dialogs.pickPrevious();
    if (path) onOpen({ kind: 'followUp', path });
  };

  const discard = async (entry: RecoveryEntry) => {
    const name = entry.name || entry.summary;
    const choice = await dialogs.ask(
      t('shell.start.discard'),
      t('shell.start.discardConfirm', { name }),
      [
        { id: 'no', label: t('shell.dialog.cancel') },
        { id: 'yes', label: t('shell.start.discard'), kind: 'danger' },
      ],
    );
    if (choice !== 'yes') return;
    await host.call('recovery.discard', { id: entry.id }).catch(report);
    refresh();
  };

  return (
    <div className="pk-start" data-testid="start-screen">
      <header className="pk-start-header">
        <div className="pk-brand">
          <span className="pk-brand-mark" aria-hidden="true">
            P
          </span>
          <div>
            <h1 className="pk-brand-name">{t('shell.app.name')}</h1>
            <p className="pk-brand-tagline">{t('shell.app.tagline')}</p>
          </div>
        </div>
        <div className="pk-lang" role="group" aria-label={t('shell.menu.language')}>
          {(['de', 'en'] as const).map((l) => (
            <button
              key={l}
              type="button"
              className={`pk-lang-option${lang === l ? ' is-active' : ''}`}
              aria-pressed={lang === l}
              onClick={() => void setSettings({ language: l })}
            >
              {l === 'de' ? 'Deutsch' : 'English'}
            </button>
          ))}
        </div>
      </header>

      {recovery.length > 0 ? (
        <section
          className="pk-card pk-recovery"
          aria-labelledby="pk-recovery-title"
          data-testid="recovery-list"
        >
          <h2 id="pk-recovery-title" className="pk-card-title">
            {t('shell.start.recovery')}
          </h2>
          <p className="pk-card-hint">{t('shell.start.recoveryHint')}</p>
          <ul className="pk-list">
            {recovery.map((entry) => (
              <li key={entry.id} className="pk-list-row">
                <div className="pk-list-main">
                  <span className="pk-list-name">{entry.name || t('shell.untitled')}</span>
                  <span className="pk-list-meta">
                    {entry.summary} ·{' '}
                    {t('shell.start.autosavedAt', { time: formatDateTime(entry.savedAt, lang) })}
                  </span>
                </div>
                <button type="button" className="pk-button" onClick={() => void discard(entry)}>
                  {t('shell.start.discard')}
                </button>
                <button
                  type="button"
                  className="pk-button pk-button-primary"
                  onClick={() => onOpen({ kind: 'recovery', id: entry.id })}
                >
                  {t('shell.start.restore')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <div className="pk-start-grid">
        <section className="pk-card" aria-labelledby="pk-new-title">
          <h2 id="pk-new-title" className="pk-card-title">
            {t('shell.start.new')}
          </h2>
          <ul className="pk-templates pk-follow-up">
            <li>
              <button
                type="button"
                className="pk-template"
                data-testid="follow-up"
                onClick={() => void followUp()}
              >
                <span className="pk-template-name">{t('shell.start.followUp')}</span>
                <span className="pk-template-description">{t('shell.start.followUpHint')}</span>
              </button>
            </li>
            <li>
              <button
                type="button"
                className="pk-template"
                data-testid="start-gremium"
                onClick={onGremium}
              >
                <span className="pk-template-name">{t('gremium.start.edit')}</span>
                <span className="pk-template-description">{t('gremium.start.editHint')}</span>
              </button>
            </li>
            <li>
              <button
                type="button"
                className="pk-template"
                data-testid="start-archive"
                onClick={onArchive}
              >
                <span className="pk-template-name">{t('gremium.start.archive')}</span>
                <span className="pk-template-description">{t('gremium.start.archiveHint')}</span>
              </button>
            </li>
          </ul>
          <label className="pk-field pk-state-field">
            <span>{t('shell.start.state')}</span>
            <select
              data-testid="state-picker"
              value={chosen}
              onChange={(event) => void setSettings({ templateState: event.target.value })}
            >
              <option value="">{t('shell.start.allStates')}</option>
              {states.map((state) => (
                <option key={state.code} value={state.code}>
                  {state.name}
                </option>
              ))}
            </select>
          </label>
          {templates === null ? (
            <p className="pk-card-hint">{t('shell.start.loading')}</p>
          ) : (
            groups.map((group) => (
              <section
                key={group.code || 'other'}
                className="pk-state-group"
                aria-label={group.name || t('shell.start.otherRules')}
                data-state={group.code}
              >
                <h3 className="pk-state-title">
                  {group.name || t('shell.start.otherRules')}
                  {group.law ? (
                    <span className="pk-state-law">
                      {t('shell.start.stateLaw', { law: group.law })}
                    </span>
                  ) : null}
                </h3>
                <ul className="pk-templates">
                  {group.templates.map((template) => (
                    <li key={template.id}>
                      <button
                        type="button"
                        className="pk-template"
                        data-template={template.id}
                        onClick={() => onOpen({ kind: 'template', templateId: template.id })}
                      >
                        <span className="pk-template-name">{template.name}</span>
                        <span className="pk-template-description">{template.description}</span>
                        <span className="pk-template-form">
                          {template.form === 'per-item'
                            ? t('shell.start.formPerItem')
                            : t('shell.start.formMeeting')}
                          {template.kind === 'committee' ? ` · ${t('shell.start.committee')}` : ''}
                        </span>
                      </button>
                    </li>
                  ))}
                </ul>
              </section>
            ))
          )}
        </section>

        <section className="pk-card" aria-labelledby="pk-recent-title">
          <div className="pk-card-head">
            <h2 id="pk-recent-title" className="pk-card-title">
              {t('shell.start.recent')}
            </h2>
            <button
              type="button"
              className="pk-button pk-button-primary"
              onClick={() => void open()}
              title={t('shell.start.openHint')}
            >
              {t('shell.start.open')}
            </button>
          </div>
          <ul className="pk-list">
            {pendingFiles.map((path) => (
              <li key={`pending-${path}`} className="pk-list-row">
                <button
                  type="button"
                  className="pk-list-link"
                  onClick={() => onOpen({ kind: 'path', path })}
                >
                  <span className="pk-list-name">{paths.baseName(path)}</span>
                  <span className="pk-list-meta">{path}</span>
                </button>
                <span className="pk-list-date">{t('shell.start.pending')}</span>
              </li>
            ))}
            {recent.map((entry) => (
              <li key={entry.path} className={`pk-list-row${entry.exists ? '' : ' is-missing'}`}>
                <button
                  type="button"
                  className="pk-list-link"
                  disabled={!entry.exists}
                  onClick={() => onOpen({ kind: 'path', path: entry.path })}
                >
                  <span className="pk-list-name">{entry.name}</span>
                  <span className="pk-list-meta">
                    {entry.exists ? entry.path : `${entry.path} – ${t('shell.start.missing')}`}
                  </span>
                </button>
                <span className="pk-list-date">{formatDateTime(entry.openedAt, lang)}</span>
              </li>
            ))}
            {recent.length === 0 && pendingFiles.length === 0 ? (
              <li className="pk-card-hint">{t('shell.start.recentEmpty')}</li>
            ) : null}
          </ul>
        </section>
      </div>
    </div>
  );
}

interface StateGroup {
  code: string;
  name: string;
  law: string;
  templates: TemplateSummary[];
}

/** The states that have templates, in the order the host lists them. */
function statesOf(templates: readonly TemplateSummary[]): { code: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const t of templates) if (t.state && !seen.has(t.state)) seen.set(t.state, t.stateName);
  return [...seen].map(([code, name]) => ({ code, name }));
}

function groupByState(templates: readonly TemplateSummary[]): StateGroup[] {
  const groups: StateGroup[] = [];
  for (const template of templates) {
    let group = groups.find((g) => g.code === template.state);
    if (!group) {
      group = { code: template.state, name: template.stateName, law: template.law, templates: [] };
      groups.push(group);
    }
    group.templates.push(template);
  }
  return groups;
}
