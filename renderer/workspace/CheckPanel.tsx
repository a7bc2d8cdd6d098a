import { useMemo } from 'react';
import { checkDocument } from '../../core/check/check';
import { findingPlace, findingText } from '../../core/check/describe';
import type { Finding } from '../../core/check/finding';
import { t, type Lang } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';

export interface CheckPanelProps {
  document: ProtocolDocument;
  lang: Lang;
  onJump(finding: Finding): void;
  onClose(): void;
}

/**
 * "Prüfen": the completeness check against the body's rules profile, live. Each finding names
 * its place; choosing one jumps there (the item, the field, the attendance).
 */
export function CheckPanel({ document, lang, onJump, onClose }: CheckPanelProps) {
  const result = useMemo(() => checkDocument(document), [document]);
  const { findings, profile } = result;
  const count =
    findings.length === 1
      ? t(lang, 'workspace.checkCountOne')
      : t(lang, 'workspace.checkCount', { count: findings.length });
  return (
    <aside
      className="pk-panel"
      data-region="panel"
      aria-label={t(lang, 'workspace.check')}
      data-testid="check-panel"
      // Escape closes the panel (where it lies over the desk, it is the way back to the text).
      onKeyDown={(event) => {
        if (event.key === 'Escape' && !event.defaultPrevented) {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <header className="pk-panel__head">
        <h2>{t(lang, 'workspace.checkTitle', { law: profile.law })}</h2>
        <button
          type="button"
          className="pk-workspace-icon-button"
          onClick={onClose}
          aria-label={t(lang, 'workspace.close')}
        >
          ×
        </button>
      </header>
      {findings.length === 0 ? (
        <p className="pk-panel__ok" role="status">
          {t(lang, 'workspace.checkNone', { law: profile.law })}
        </p>
      ) : (
        <>
          <p className="pk-panel__count" role="status">
            {count}
          </p>
          <ul className="pk-workspace-findings">
            {findings.map((finding, index) => (
              <li key={index}>
                <button
                  type="button"
                  className={`pk-workspace-finding pk-workspace-finding--${finding.severity}`}
                  onClick={() => onJump(finding)}
                  data-testid="finding"
                >
                  <span className="pk-workspace-finding__severity">
                    {t(
                      lang,
                      finding.severity === 'error'
                        ? 'workspace.checkError'
                        : 'workspace.checkWarning',
                    )}
                  </span>
                  <span className="pk-workspace-finding__place">
                    {findingPlace(document, finding, lang)}
                  </span>
                  <span className="pk-workspace-finding__text">{findingText(finding, lang)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
