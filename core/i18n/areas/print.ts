/**
 * Texts that exported minutes print around the model's own text (page footer, draft mark,
 * attendance block). Shared by every export format, so DOCX and print HTML read alike.
 * Keys start with "print.". `{page}` and `{pages}` mark where a format puts its page fields.
 */
export const de = {
  'print.footer.page': 'Seite {page} von {pages}',
  'print.footer.labelAndPage': '{label} – {page}',
  'print.draft': '{mark} – nicht freigegeben',
  'print.attendance.heading': 'Anwesenheit',
  'print.attendance.chair': 'Vorsitz:',
  'print.attendance.members': 'Mitglieder:',
  'print.attendance.absent': 'Abwesend:',
  'print.attendance.staff': 'Verwaltung:',
  'print.attendance.guests': 'Gäste:',
  'print.attendance.clerk': 'Schriftführung:',
  'print.attendance.entryWithNote': '{name}, {note}',
  'print.attendance.count': 'Anwesend: {present} von {total} Mitgliedern',
} as const;

export const en: Record<keyof typeof de, string> = {
  'print.footer.page': 'Page {page} of {pages}',
  'print.footer.labelAndPage': '{label} – {page}',
  'print.draft': '{mark} – not released',
  'print.attendance.heading': 'Attendance',
  'print.attendance.chair': 'Chair:',
  'print.attendance.members': 'Members:',
  'print.attendance.absent': 'Absent:',
  'print.attendance.staff': 'Administration:',
  'print.attendance.guests': 'Guests:',
  'print.attendance.clerk': 'Clerk:',
  'print.attendance.entryWithNote': '{name}, {note}',
  'print.attendance.count': 'Present: {present} of {total} members',
};
