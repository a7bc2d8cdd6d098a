import { t, type Lang } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { AttendanceEditor } from '../meeting';
import { SignatoriesEditor } from '../meeting/signatories/SignatoriesEditor';
import { useRosterTransfer } from './useRosterTransfer';

export interface RosterPaneProps {
  document: ProtocolDocument;
  lang: Lang;
  readOnly: boolean;
  onChange(next: ProtocolDocument): void;
}

/**
 * The roster of per-item minutes (one Niederschrift per TOP has no attendance): the same people
 * list as the meeting page, with import and export, so speakers and signatories are there to
 * pick before the first item is written.
 */
export function RosterPane({ document, lang, readOnly, onChange }: RosterPaneProps) {
  const roster = useRosterTransfer(document, onChange);
  return (
    <article
      className="pk-workspace-page pk-workspace-page--meeting"
      aria-label={t(lang, 'meeting.roster.heading')}
    >
      <section className="pk-workspace-page__attendance" data-region="attendance">
        <AttendanceEditor
          document={document}
          onChange={onChange}
          lang={lang}
          readOnly={readOnly}
          rosterOnly
          onImportRoster={() => void roster.importRoster()}
          onExportRoster={() => void roster.exportRoster()}
        />
        <p className="pk-roster-status" role="status" data-testid="roster-status">
          {roster.status}
        </p>
      </section>
      <section className="pk-workspace-page__signatories">
        <SignatoriesEditor
          document={document}
          onChange={onChange}
          lang={lang}
          readOnly={readOnly}
        />
      </section>
    </article>
  );
}
