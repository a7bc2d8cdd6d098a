/**
 * Texts that exported minutes print around the model's own text (page footer, draft mark,
 * attendance block, signatures and their verification line, corrections, the legend of
 * suggested changes). Shared by every export format, so DOCX and print HTML read alike.
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
  'print.attendance.headingAtItem': 'Anwesenheit bei TOP {top}',
  'print.attendance.excluded': 'Befangen:',
  'print.attendance.countAtItem':
    'Anwesend und stimmberechtigt bei TOP {top}: {present} von {total} Mitgliedern',
  'print.agenda.heading': 'Tagesordnung',
  'print.agenda.closed': 'nichtöffentlich',
  'print.extract.certification': 'Für die Richtigkeit des Auszugs:',
  'print.signature.signed': 'elektronisch unterzeichnet\nam {date}',
  'print.signature.signedBy': 'elektronisch unterzeichnet von {name}\nam {date}',
  'print.signature.key': 'Schlüssel {fingerprint}',
  'print.signOff.complete':
    'Elektronisch unterzeichnet; die Schlüssel sind im Schlüsselverzeichnis bestätigt. Prüfsumme (SHA-256): {hash} — prüfbar mit „protokollant verify --keyring“',
  'print.signOff.demo':
    'Demo-Schlüssel, keine echte Unterschrift. Prüfsumme (SHA-256): {hash} — prüfbar mit „protokollant verify --keyring“',
  'print.signOff.unconfirmed':
    'Unterschriften nicht bestätigt: die Schlüssel wurden nicht gegen ein Schlüsselverzeichnis geprüft oder stehen nicht darin. Prüfsumme (SHA-256): {hash} — prüfbar mit „protokollant verify --keyring“',
  'print.signOff.incomplete':
    'Elektronische Unterzeichnung nicht vollständig gültig. Prüfsumme (SHA-256): {hash} — prüfbar mit „protokollant verify“',
  'print.unconfirmed': 'Unterschriften nicht bestätigt',
  'print.correction.heading': 'Berichtigung vom {date}',
  'print.correction.concerns': 'Betrifft:',
  'print.correction.decidedIn': 'Beschlossen in:',
  'print.correction.recorded': 'Erfasst von {author} am {date}',
  'print.correction.unsigned': 'Noch nicht unterzeichnet.',
  'print.changes.legend': 'Änderungsvorschläge: {inserted} = eingefügt, {deleted} = gestrichen',
  'print.changes.inserted': 'unterstrichen',
  'print.changes.deleted': 'durchgestrichen',
  // What a screen reader reads for a suggested change in the PDF (its tag's ActualText).
  'print.tags.inserted': 'Einfügung: {text} (Ende der Einfügung)',
  'print.tags.deleted': 'Streichung: {text} (Ende der Streichung)',
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
  'print.attendance.headingAtItem': 'Attendance at item {top}',
  'print.attendance.excluded': 'Excluded (bias):',
  'print.attendance.countAtItem':
    'Present and entitled to vote at item {top}: {present} of {total} members',
  'print.agenda.heading': 'Agenda',
  'print.agenda.closed': 'closed session',
  'print.extract.certification': 'Certified as a true extract:',
  'print.signature.signed': 'signed electronically\non {date}',
  'print.signature.signedBy': 'signed electronically by {name}\non {date}',
  'print.signature.key': 'Key {fingerprint}',
  'print.signOff.complete':
    'Signed electronically; the keys are confirmed in the keyring. Checksum (SHA-256): {hash} — verifiable with “protokollant verify --keyring”',
  'print.signOff.demo':
    'Demo keys, not a real signature. Checksum (SHA-256): {hash} — verifiable with “protokollant verify --keyring”',
  'print.signOff.unconfirmed':
    'Signatures not confirmed: the keys were not checked against a keyring or are not in it. Checksum (SHA-256): {hash} — verifiable with “protokollant verify --keyring”',
  'print.signOff.incomplete':
    'Electronic signatures not complete and valid. Checksum (SHA-256): {hash} — verifiable with “protokollant verify”',
  'print.unconfirmed': 'Signatures not confirmed',
  'print.correction.heading': 'Correction of {date}',
  'print.correction.concerns': 'Concerns:',
  'print.correction.decidedIn': 'Decided in:',
  'print.correction.recorded': 'Recorded by {author} on {date}',
  'print.correction.unsigned': 'Not signed yet.',
  'print.changes.legend': 'Suggested changes: {inserted} = inserted, {deleted} = deleted',
  'print.changes.inserted': 'underlined',
  'print.changes.deleted': 'struck through',
  'print.tags.inserted': 'Insertion: {text} (end of insertion)',
  'print.tags.deleted': 'Deletion: {text} (end of deletion)',
};
