/** Messages of the exporters (PDF engine). Keys start with "export.". */
export const de = {
  'export.chromiumMissing':
    'Für den PDF-Export wird Chromium benötigt, es wurde aber unter „{path}“ nicht gefunden. Bitte Chromium installieren (z. B. „apt install chromium“) oder den Pfad in der Umgebungsvariable PROTOKOLLANT_CHROMIUM angeben.',
  'export.chromiumStart':
    'Chromium („{path}“) ließ sich für den PDF-Export nicht starten: {detail}',
  'export.pdfFailed': 'Das PDF konnte nicht erzeugt werden: {detail}',
  'export.engineClosed': 'Der PDF-Export wurde beendet, bevor das PDF fertig war.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'export.chromiumMissing':
    'PDF export needs Chromium, but it was not found at “{path}”. Please install Chromium (e.g. “apt install chromium”) or give its path in the environment variable PROTOKOLLANT_CHROMIUM.',
  'export.chromiumStart': 'Chromium (“{path}”) could not be started for the PDF export: {detail}',
  'export.pdfFailed': 'The PDF could not be created: {detail}',
  'export.engineClosed': 'The PDF export was shut down before the PDF was finished.',
};
