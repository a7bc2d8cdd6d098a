import type { MeetingFindings } from '../../../core/model/ops/findings';
import type { Meeting } from '../../../core/model/schema';
import type { Translate } from '../../ui/i18n';

interface FindingsFieldsProps {
  tr: Translate;
  domId: (suffix: string) => string;
  meeting: Meeting;
  readOnly: boolean;
  /** The count's verdict, to point out a finding that contradicts it; null without a count. */
  quorumReached: boolean | null;
  /**
   * The paragraph on the quorum of a second meeting on the same matter ("§ 53 Abs. 2 HGO");
   * null where the state's law has none on file, and the mark is then not offered.
   */
  secondMeetingLaw: string | null;
  onChange: (findings: MeetingFindings) => void;
}

type Tri = 'yes' | 'no' | 'open';
const toTri = (value: boolean | null): Tri => (value === null ? 'open' : value ? 'yes' : 'no');
const fromTri = (value: Tri): boolean | null => (value === 'open' ? null : value === 'yes');

/**
 * The clerk's findings at the opening, each yes / no / not stated: "ordnungsgemäß einberufen"
 * and "beschlussfähig". Not stated is a real third answer, never read as yes. Where the state's
 * law gives a second meeting on the same matter its own quorum, the clerk can mark the meeting
 * as that second one, and the count is judged by it.
 */
export function FindingsFields({
  tr,
  domId,
  meeting,
  readOnly,
  quorumReached,
  secondMeetingLaw,
  onChange,
}: FindingsFieldsProps) {
  const rows: {
    key: keyof MeetingFindings;
    label: 'meeting.findings.convened' | 'meeting.findings.quorate';
    value: boolean | null;
  }[] = [
    {
      key: 'convenedProperly',
      label: 'meeting.findings.convened',
      value: meeting.convenedProperly,
    },
    { key: 'quorate', label: 'meeting.findings.quorate', value: meeting.quorate },
  ];
  const options: {
    value: Tri;
    label: 'meeting.findings.yes' | 'meeting.findings.no' | 'meeting.findings.open';
  }[] = [
    { value: 'yes', label: 'meeting.findings.yes' },
    { value: 'no', label: 'meeting.findings.no' },
    { value: 'open', label: 'meeting.findings.open' },
  ];
  const contradicts =
    quorumReached !== null && meeting.quorate !== null && meeting.quorate !== quorumReached;
  return (
    <fieldset className="pk-meeting-findings">
      <legend className="pk-meeting-findings__legend">{tr('meeting.findings.heading')}</legend>
      {rows.map((row) => {
        const labelId = domId(`finding-${row.key}`);
        return (
          <div key={row.key} className="pk-meeting-findings__row">
            <span id={labelId} className="pk-meeting-findings__label">
              {tr(row.label)}
            </span>
            <div className="pk-segmented" role="radiogroup" aria-labelledby={labelId}>
              {options.map((option) => (
                <label
                  key={option.value}
                  className={`pk-segmented__option${toTri(row.value) === option.value ? ' is-checked' : ''}`}
                >
                  <input
                    type="radio"
                    name={labelId}
                    value={option.value}
                    checked={toTri(row.value) === option.value}
                    disabled={readOnly}
                    onChange={() => onChange({ [row.key]: fromTri(option.value) })}
                  />
                  {tr(option.label)}
                </label>
              ))}
            </div>
          </div>
        );
      })}
      {(secondMeetingLaw !== null || meeting.secondConvening === true) && (
        <label className="pk-meeting-findings__row pk-meeting-findings__check">
          <input
            type="checkbox"
            checked={meeting.secondConvening === true}
            disabled={readOnly}
            onChange={(event) => onChange({ secondConvening: event.currentTarget.checked })}
          />
          {secondMeetingLaw
            ? tr('meeting.findings.secondConvening', { law: secondMeetingLaw })
            : tr('meeting.findings.secondConveningNoRule')}
        </label>
      )}
      {contradicts && (
        <p className="pk-message pk-message--warning pk-meeting-findings__note">
          {tr(
            quorumReached
              ? 'meeting.findings.contradictsReached'
              : 'meeting.findings.contradictsMissed',
          )}
        </p>
      )}
    </fieldset>
  );
}
