/**
 * Messages of the host's background work (imports, exports and PDF prints off the main
 * thread): progress, cancelling, the PDF print's time limit. Keys start with "work.".
 */
export const de = {
  'work.pdfTimeout':
    'Der PDF-Druck wurde nach {seconds} s abgebrochen; für eine Niederschrift dieses Umfangs ({size} KB Drucktext) ist das die längste erlaubte Zeit. Bitte noch einmal versuchen; hängt der Druck wieder, die Niederschrift als DOCX exportieren.',
  'work.cancelled': 'Der Export wurde abgebrochen; es wurde keine Datei geschrieben.',
  'work.failed':
    'Die Arbeit im Hintergrund wurde unerwartet beendet ({detail}); es wurde nichts geschrieben.',
  'work.progress.title': 'Export läuft',
  'work.progress.start': 'Export wird vorbereitet …',
  'work.progress.prepare': 'Aufbereiten: {item}',
  'work.progress.write': 'Schreiben: {item}',
  'work.progress.package': 'Datei wird zusammengestellt …',
  'work.progress.print': 'PDF wird gedruckt …',
  'work.progress.finish': 'PDF wird abgeschlossen …',
  'work.progress.save': 'Datei wird gespeichert …',
  'work.progress.count': '{done} von {total} Tagesordnungspunkten',
  'work.progress.cancel': 'Abbrechen',
  'work.progress.cancelled': 'Export abgebrochen – es wurde keine Datei geschrieben.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'work.pdfTimeout':
    'The PDF print was stopped after {seconds} s, the longest time allowed for minutes of this size ({size} KB of print text). Please try again; if the print hangs again, export the minutes as DOCX.',
  'work.cancelled': 'The export was cancelled; no file was written.',
  'work.failed': 'The background work ended unexpectedly ({detail}); nothing was written.',
  'work.progress.title': 'Exporting',
  'work.progress.start': 'Preparing the export …',
  'work.progress.prepare': 'Preparing: {item}',
  'work.progress.write': 'Writing: {item}',
  'work.progress.package': 'Putting the file together …',
  'work.progress.print': 'Printing the PDF …',
  'work.progress.finish': 'Finishing the PDF …',
  'work.progress.save': 'Saving the file …',
  'work.progress.count': '{done} of {total} agenda items',
  'work.progress.cancel': 'Cancel',
  'work.progress.cancelled': 'Export cancelled – no file was written.',
};
