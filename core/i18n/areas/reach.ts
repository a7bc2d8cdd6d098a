/**
 * Messages of the host's reach (issue 12, point 4): which paths the app's window may name, and
 * the browser-mode file picker's folders. Keys start with "reach." or "shell.picker.".
 */
export const de = {
  'reach.outside':
    'Zugriff verweigert: „{path}“ liegt außerhalb der freigegebenen Ordner. Bitte die Datei über „Öffnen…“ oder „Speichern unter…“ wählen oder ihren Ordner im Dateidialog freigeben.',
  'reach.notAbsolute':
    'Zugriff verweigert: „{path}“ ist kein vollständiger Pfad (er muss mit / beginnen).',
  'reach.extension':
    'Zugriff verweigert: „{path}“ hat nicht die erwartete Endung {extension}; hierhin wird nichts anderes geschrieben.',
  'reach.rootRefused':
    'Der Ordner „{folder}“ kann nicht freigegeben werden: Systemordner (etwa /etc, /proc, /sys, /root), versteckte Ordner, der Datenordner des Programms und das Wurzelverzeichnis bleiben gesperrt.',
  'reach.rootMissing': 'Der Ordner „{folder}“ kann nicht freigegeben werden: es gibt ihn nicht.',
  'reach.rootNotFolder': '„{folder}“ ist kein Ordner und kann nicht freigegeben werden.',
  'reach.rootsUnsupported':
    'Ordner werden hier nicht freigegeben: Dateien kommen aus dem Dateidialog des Systems.',
  'reach.rootsFull': 'Es sind schon {max} Ordner freigegeben; bitte zuerst einen entfernen.',
  'reach.usage.root': '--root: Ordner „{folder}“ ist nicht freigebbar ({reason})',
  'shell.picker.path': 'Pfad',
  'shell.picker.go': 'Gehe zu',
  'shell.picker.places': 'Freigegebene Ordner',
  'shell.picker.placeHome': 'Persönlicher Ordner',
  'shell.picker.placeDocuments': 'Dokumente',
  'shell.picker.addRoot': 'Ordner freigeben',
  'shell.picker.removeRoot': 'Freigabe aufheben',
  'shell.picker.rootAdded': 'Der Ordner „{folder}“ ist jetzt freigegeben.',
} as const;

export const en: Record<keyof typeof de, string> = {
  'reach.outside':
    'Access refused: “{path}” is outside the folders you granted. Please choose the file with “Open…” or “Save as…”, or grant its folder in the file dialog.',
  'reach.notAbsolute': 'Access refused: “{path}” is not a full path (it must start with /).',
  'reach.extension':
    'Access refused: “{path}” does not have the expected extension {extension}; nothing else is written here.',
  'reach.rootRefused':
    'The folder “{folder}” cannot be granted: system folders (such as /etc, /proc, /sys, /root), hidden folders, the program’s data folder and the root folder stay closed.',
  'reach.rootMissing': 'The folder “{folder}” cannot be granted: it does not exist.',
  'reach.rootNotFolder': '“{folder}” is not a folder and cannot be granted.',
  'reach.rootsUnsupported':
    'Folders are not granted here: files come from the system’s file dialog.',
  'reach.rootsFull': '{max} folders are granted already; please remove one first.',
  'reach.usage.root': '--root: the folder “{folder}” cannot be granted ({reason})',
  'shell.picker.path': 'Path',
  'shell.picker.go': 'Go to',
  'shell.picker.places': 'Granted folders',
  'shell.picker.placeHome': 'Home folder',
  'shell.picker.placeDocuments': 'Documents',
  'shell.picker.addRoot': 'Grant folder',
  'shell.picker.removeRoot': 'Remove grant',
  'shell.picker.rootAdded': 'The folder “{folder}” is granted now.',
};
