import type { ProtocolDocument } from '../schema';

/**
 * The clerk's findings at the opening: the meeting was duly convened, the body has a quorum.
 * null means "not stated yet" — a statement the clerk has to make, never a default.
 */
export interface MeetingFindings {
  convenedProperly?: boolean | null;
  quorate?: boolean | null;
  /**
   * A second meeting on matters deferred for lack of quorum (meeting.secondConvening): the
   * state's second-meeting quorum applies. False removes the mark from the file.
   */
  secondConvening?: boolean;
}

export function setFindings(
  document: ProtocolDocument,
  findings: MeetingFindings,
): ProtocolDocument {
  const meeting = { ...document.meeting };
  if (findings.convenedProperly !== undefined) meeting.convenedProperly = findings.convenedProperly;
  if (findings.quorate !== undefined) meeting.quorate = findings.quorate;
  if (findings.secondConvening === true) meeting.secondConvening = true;
  if (findings.secondConvening === false) delete meeting.secondConvening;
  if (
    meeting.convenedProperly === document.meeting.convenedProperly &&
    meeting.quorate === document.meeting.quorate &&
    meeting.secondConvening === document.meeting.secondConvening
  ) {
    return document;
  }
  return { ...document, meeting };
}
