/** Messages of the Vorlage import (a Beschlussvorlage into an item) and the keyboard menu bar. */
export const de = {
  'vorlage.menu': 'Beschlussvorlage importieren…',
  'vorlage.menubarHint': 'Menüleiste (F10 oder Alt)',
  'vorlage.pickerTitle': 'Beschlussvorlage importieren (DOCX, PDF)',
  'vorlage.noItem':
    'Bitte zuerst einen Tagesordnungspunkt wählen: die Vorlage gehört zu einem Punkt.',
  'vorlage.unsupported':
    '„{name}“ ist keine Beschlussvorlage, die Protokollant lesen kann: erwartet wird eine DOCX-Datei oder ein PDF mit Text.',
  'vorlage.unreadable': '„{name}“ kann nicht gelesen werden: {reason}',
  'vorlage.noText':
    '„{name}“ enthält keinen lesbaren Text (ein gescanntes PDF?). Bitte die DOCX-Fassung der Vorlage verwenden.',
  'vorlage.tooLarge': '„{name}“ ist zu groß für eine Beschlussvorlage (höchstens {max} MB).',
  'vorlage.nothingFound':
    'In „{name}“ wurden weder Beschlussantrag noch Sachverhalt oder Begründung gefunden.',
  'vorlage.dialogTitle': 'Beschlussvorlage übernehmen',
  'vorlage.dialogIntro': 'Aus „{name}“ wird übernommen – bitte prüfen, was wohin kommt:',
  'vorlage.part.beschlussantrag': 'Beschlussantrag',
  'vorlage.part.sachverhalt': 'Sachverhalt',
  'vorlage.part.begruendung': 'Begründung',
  'vorlage.part.beratungsunterlage': 'Beratungsunterlage (Satz aus den Angaben der Vorlage)',
  'vorlage.target': 'Ziel',
  'vorlage.targetSkip': 'nicht übernehmen',
  'vorlage.header': 'Kopf (nur leere Felder)',
  'vorlage.headerFilled': 'bereits ausgefüllt, bleibt',
  'vorlage.insert': 'Übernehmen',
  'vorlage.cancel': 'Abbrechen',
  'vorlage.paragraphs': '{count} Absätze',
  'vorlage.points': '{count} Punkte',
  'vorlage.tables': 'Tabellen: {count}',
  'vorlage.done': 'Vorlage übernommen. Strg+Z macht es rückgängig.',
  'vorlage.drop': 'Beschlussvorlage hier ablegen',
  'vorlage.sentence':
    'Beratungsunterlage ist die Vorlage {department} vom {date}, GRDrs {number}, mit folgendem',
} as const;

export const en: Record<keyof typeof de, string> = {
  'vorlage.menu': 'Import Beschlussvorlage…',
  'vorlage.menubarHint': 'Menu bar (F10 or Alt)',
  'vorlage.pickerTitle': 'Import Beschlussvorlage (DOCX, PDF)',
  'vorlage.noItem': 'Please choose an agenda item first: the Vorlage belongs to an item.',
  'vorlage.unsupported':
    '“{name}” is not a Beschlussvorlage Protokollant can read: expected a DOCX file or a PDF with text.',
  'vorlage.unreadable': '“{name}” cannot be read: {reason}',
  'vorlage.noText':
    '“{name}” holds no readable text (a scanned PDF?). Please use the DOCX version of the Vorlage.',
  'vorlage.tooLarge': '“{name}” is too large for a Beschlussvorlage (at most {max} MB).',
  'vorlage.nothingFound':
    'Neither a Beschlussantrag nor a Sachverhalt or Begründung was found in “{name}”.',
  'vorlage.dialogTitle': 'Take over the Beschlussvorlage',
  'vorlage.dialogIntro': 'From “{name}” — please check what goes where:',
  'vorlage.part.beschlussantrag': 'Beschlussantrag (proposed resolution)',
  'vorlage.part.sachverhalt': 'Sachverhalt (facts)',
  'vorlage.part.begruendung': 'Begründung (reasons)',
  'vorlage.part.beratungsunterlage': 'Beratungsunterlage (sentence from the Vorlage’s details)',
  'vorlage.target': 'Target',
  'vorlage.targetSkip': 'do not take over',
  'vorlage.header': 'Header (empty fields only)',
  'vorlage.headerFilled': 'already filled, kept',
  'vorlage.insert': 'Take over',
  'vorlage.cancel': 'Cancel',
  'vorlage.paragraphs': '{count} paragraphs',
  'vorlage.points': '{count} points',
  'vorlage.tables': 'tables: {count}',
  'vorlage.done': 'Vorlage taken over. Ctrl+Z undoes it.',
  'vorlage.drop': 'Drop the Beschlussvorlage here',
  'vorlage.sentence':
    'Beratungsunterlage ist die Vorlage {department} vom {date}, GRDrs {number}, mit folgendem',
};
