/** Messages of the lock file beside an open document (host/services/file-lock.ts). */
export const de = {
  'lock.heldRefused':
    '„{file}“ ist von {user} (Rechner {host}) geöffnet. Bitte schreibgeschützt öffnen oder warten, bis die Datei dort geschlossen ist.',
  'lock.staleRefused':
    '„{file}“ ist noch von {user} (Rechner {host}) gesperrt; die Sperre scheint verwaist. Beim Öffnen „Sperre übernehmen“ wählen.',
  'lock.readOnlySave':
    '„{file}“ ist schreibgeschützt geöffnet, weil {user} sie bearbeitet: Es wird nichts gespeichert.',
  'lock.dialog.title': 'Niederschrift ist schon geöffnet',
  'lock.dialog.held':
    '„{file}“ hat {user} seit {since} geöffnet (Rechner {host}). Sie können die Niederschrift schreibgeschützt lesen; bearbeiten kann sie nur, wer sie geöffnet hat.',
  'lock.dialog.stale':
    '„{file}“ war von {user} geöffnet (Rechner {host}, seit {since}), aber {reason}. Wenn dort niemand mehr daran arbeitet, können Sie die Sperre übernehmen und die Niederschrift bearbeiten.',
  'lock.reason.processGone': 'das Programm läuft dort nicht mehr',
  'lock.reason.old': 'die Sperre ist älter als einen Tag',
  'lock.reason.unreadable': 'die Sperrdatei ist unlesbar',
  'lock.someone': 'jemand',
  'lock.unknownHost': 'unbekannt',
  'lock.dialog.readOnly': 'Schreibgeschützt öffnen',
  'lock.dialog.takeOver': 'Sperre übernehmen und bearbeiten',
  'lock.banner': 'Schreibgeschützt: {user} (Rechner {host}) hat diese Niederschrift geöffnet.',
  'lock.bannerClosed': 'Schreibgeschützt geöffnet.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'lock.heldRefused':
    '“{file}” is open by {user} (computer {host}). Please open it read-only or wait until it is closed there.',
  'lock.staleRefused':
    '“{file}” is still locked by {user} (computer {host}); the lock seems abandoned. Choose “Take over the lock” when opening it.',
  'lock.readOnlySave': '“{file}” is open read-only because {user} is editing it: nothing is saved.',
  'lock.dialog.title': 'These minutes are already open',
  'lock.dialog.held':
    '{user} has had “{file}” open since {since} (computer {host}). You can read the minutes read-only; only whoever has them open can edit them.',
  'lock.dialog.stale':
    '“{file}” was opened by {user} (computer {host}, since {since}), but {reason}. If nobody works on it there any more, you can take over the lock and edit the minutes.',
  'lock.reason.processGone': 'the program no longer runs there',
  'lock.reason.old': 'the lock is older than a day',
  'lock.reason.unreadable': 'the lock file cannot be read',
  'lock.someone': 'someone',
  'lock.unknownHost': 'unknown',
  'lock.dialog.readOnly': 'Open read-only',
  'lock.dialog.takeOver': 'Take over the lock and edit',
  'lock.banner': 'Read-only: {user} (computer {host}) has these minutes open.',
  'lock.bannerClosed': 'Opened read-only.',
};
