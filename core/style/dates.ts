/** "2018-06-27" → "27.06.2018"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : iso;
}

/** "27.06.2018" or "27.6.2018" → "2018-06-27"; null when it is not a real date. */
export function parseGermanDate(text: string): string | null {
  const m = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!m) return null;
  const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    return null;
  }
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
const MONTHS = [
  'Januar',
  'Februar',
  'März',
  'April',
  'Mai',
  'Juni',
  'Juli',
  'August',
  'September',
  'Oktober',
  'November',
  'Dezember',
];

/** "Mittwoch, 27. Juni 2018" — the long form used in whole-meeting titles. */
export function formatLongDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return iso;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return `${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()}. ${MONTHS[date.getUTCMonth()]} ${m[1]}`;
}

/** "18:30" → "18:30 Uhr"; "" stays "". */
export function formatTime(time: string): string {
  return time ? `${time} Uhr` : '';
}

/**
 * "2018-07-05T10:00:00+02:00" → "05.07.2018, 10:00 Uhr": the local time as it was written,
 * without converting zones (a signature's time is read as the signer saw it).
 */
export function formatTimestamp(iso: string, lang: 'de' | 'en' = 'de'): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/.exec(iso);
  if (!m) return iso;
  return lang === 'de'
    ? `${m[3]}.${m[2]}.${m[1]}, ${m[4]}:${m[5]} Uhr`
    : `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}`;
}
