import type { ProtocolDocument } from '../schema';

/**
 * The clerk's findings at the opening: the meeting was duly convened, the body has a quorum.
 * null means "not stated yet" — a statement the clerk has to make, never a default.
 */
export interface MeetingFindings {
  convenedProperly?: boolean | null;
  quorate?: boolean | null;
}

export function setFindings(
  document: ProtocolDocument,
  findings: MeetingFindings,
): ProtocolDocument {
  const meeting = { ...document.meeting };
  if (findings.convenedProperly !== undefined) meeting.convenedProperly = findings.convenedProperly;
  if (findings.quorate !== undefined) meeting.quorate = findings.quorate;
  if (
    meeting.convenedProperly === document.meeting.convenedProperly &&
    meeting.quorate === document.meeting.quorate
  ) {
    return document;
  }
  return { ...document, meeting };
}
