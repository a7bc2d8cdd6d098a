import type { Lang } from '../../../core/i18n/catalog';
import type { AttendanceStatus } from '../../../core/model/schema';

/**
 * The letters that set a status in the attendance table, by language, so a clerk marks a row
 * with the word's first letter: A(nwesend), E(ntschuldigt), U(nentschuldigt); in English
 * P(resent), E(xcused), A(bsent).
 */
export const STATUS_KEYS: Record<Lang, Record<AttendanceStatus, string>> = {
  de: { present: 'a', excused: 'e', absent: 'u' },
  en: { present: 'p', excused: 'e', absent: 'a' },
};

export function statusForKey(lang: Lang, key: string): AttendanceStatus | null {
  const lower = key.toLowerCase();
  const entry = Object.entries(STATUS_KEYS[lang]).find(([, letter]) => letter === lower);
  return entry ? (entry[0] as AttendanceStatus) : null;
}
