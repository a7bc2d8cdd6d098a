import { t, type Lang } from '../../core/i18n/catalog';
import type { ProtocolDocument } from '../../core/model/schema';
import { AttendanceEditor, HeaderForm } from '../meeting';
import { SignatoriesEditor } from '../meeting/signatories/SignatoriesEditor';
import { useRosterTransfer } from './useRosterTransfer';

export interface MeetingPaneProps {
  document: ProtocolDocument;
  lang: Lang;
  readOnly: boolean;
  onChange(next: ProtocolDocument): void;
  revealFindings: boolean;
}

/** The meeting as a whole (whole-meeting minutes): its header, then attendance and findings. */
export function MeetingPane({
  document,
  lang,
  readOnly,
  onChange,
  revealFindings,
}: MeetingPaneProps) {
  const roster = useRosterTransfer(document, onChange);
  return (
    <article
      className="pk-workspace-page pk-workspace-page--meeting"
      aria-label={t(lang, 'workspace.meeting')}
    >
      <section className="pk-workspace-page__header" data-region="header">
        <HeaderForm
          document={document}
          onChange={onChange}
          lang={lang}
          scope="meeting"
          readOnly={readOnly}
          revealFindings={revealFindings}
          heading={t(lang, 'workspace.meetingHeader')}
        />
      </section>
      <section className="pk-workspace-page__attendance" data-region="attendance">
        <AttendanceEditor
          document={document}
          onChange={onChange}
          lang={lang}
          readOnly={readOnly}
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
