import type { FileFilter } from 'electron';
import type { DialogKind, DialogOpenKind } from '../host/services/handlers';
import { t, type Lang } from '../core/i18n/catalog';

/** The file type filters of the native save dialog, per kind. */
export function saveFilters(kind: DialogKind, lang: Lang): FileFilter[] {
  switch (kind) {
    case 'protokoll':
      return [{ name: t(lang, 'shell.dialog.filterProtokoll'), extensions: ['protokoll'] }];
    case 'docx':
      return [{ name: t(lang, 'shell.dialog.filterDocx'), extensions: ['docx'] }];
    case 'pdf':
      return [{ name: t(lang, 'shell.dialog.filterPdf'), extensions: ['pdf'] }];
    case 'html':
      return [{ name: t(lang, 'shell.dialog.filterHtml'), extensions: ['html'] }];
    case 'json':
      return [{ name: t(lang, 'shell.dialog.filterJson'), extensions: ['json'] }];
    case 'csv':
      return [{ name: t(lang, 'shell.dialog.filterCsv'), extensions: ['csv'] }];
    case 'gremium':
      return [{ name: t(lang, 'shell.dialog.filterGremium'), extensions: ['gremium'] }];
  }
}

export function openFilters(lang: Lang, kind: DialogOpenKind = 'protokoll'): FileFilter[] {
  if (kind === 'gremium') return saveFilters('gremium', lang);
  // A folder (the archive) has no file filter.
  if (kind === 'folder') return [];
  if (kind === 'keyring' || kind === 'keyCard') {
    return [{ name: t(lang, 'shell.dialog.filterJson'), extensions: ['json'] }];
  }
  if (kind === 'signingKey') {
    return [{ name: t(lang, 'signSettings.import'), extensions: ['pem', 'key'] }];
  }
  if (kind === 'vorlage') {
    return [{ name: t(lang, 'vorlage.pickerTitle'), extensions: ['docx', 'pdf'] }];
  }
  if (kind === 'agenda') {
    return [{ name: t(lang, 'shell.dialog.filterAgenda'), extensions: ['json', 'csv', 'txt'] }];
  }
  return saveFilters('protokoll', lang);
}

// Characters no file system accepts in a name, and control characters.
// eslint-disable-next-line no-control-regex
const UNSAFE_NAME = /[<>:"/\\|?*\u0000-\u001f]+/g;

/** A file name without characters the system dialogs refuse. */
export function safeFileName(name: string): string {
  return name.replace(UNSAFE_NAME, ' ').trim().slice(0, 200) || 'Protokoll';
}
