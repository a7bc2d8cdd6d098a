/**
 * OParl dates are ISO 8601 with an offset ("2026-10-14T18:30:00+02:00"); the minutes hold the
 * wall-clock time in Germany. The conversion uses the time zone database of the runtime (Intl),
 * so summer and winter time come out right for any date.
 */

const ZONE = 'Europe/Berlin';
const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

const pad = (n: number): string => String(n).padStart(2, '0');

let formatter: Intl.DateTimeFormat | null = null;

/** The wall clock in Germany at an instant, as UTC milliseconds of those clock values. */
function berlinClock(instant: number): number {
  formatter ??= new Intl.DateTimeFormat('en-US', {
    timeZone: ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  const parts = Object.fromEntries(
    formatter.formatToParts(new Date(instant)).map((p) => [p.type, p.value]),
  );
  return Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
}

export interface LocalTime {
  /** "2026-10-14" */
  date: string;
  /** "18:30", or "" when the value holds a date only. */
  time: string;
}

/** Date and wall-clock time in Germany of an OParl date-time; null when it is not one. */
export function oparlLocalTime(value: string): LocalTime | null {
  const m = PATTERN.exec(value.trim());
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    return null;
  }
  if (m[4] === undefined) return { date: `${m[1]}-${m[2]}-${m[3]}`, time: '' };
  const [hour, minute, second] = [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)];
  if (hour > 23 || minute > 59 || second > 59) return null;
  const offset = m[7];
  if (offset === undefined) {
    // No offset: the time is local already.
    return { date: `${m[1]}-${m[2]}-${m[3]}`, time: `${pad(hour)}:${pad(minute)}` };
  }
  let offsetMinutes = 0;
  if (offset !== 'Z') {
    const sign = offset.startsWith('-') ? -1 : 1;
    const digits = offset.slice(1).replace(':', '');
    offsetMinutes = sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
  }
  const instant = Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * 60_000;
  const clock = new Date(berlinClock(instant));
  return {
    date: `${clock.getUTCFullYear()}-${pad(clock.getUTCMonth() + 1)}-${pad(clock.getUTCDate())}`,
    time: `${pad(clock.getUTCHours())}:${pad(clock.getUTCMinutes())}`,
  };
}

/**
 * An OParl date-time for a date and wall-clock time in Germany: "2026-10-14T18:30:00+02:00".
 * Without a time, the date alone.
 */
export function oparlDateTime(date: string, time: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return '';
  if (!/^\d{2}:\d{2}$/.test(time)) return date;
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const asUtc = Date.UTC(y, mo - 1, d, h, mi);
  // The offset at that wall-clock time: look at the instant the clock shows it (twice to settle
  // the hour around a change of summer time).
  let offset = (berlinClock(asUtc) - asUtc) / 60_000;
  offset = (berlinClock(asUtc - offset * 60_000) - (asUtc - offset * 60_000)) / 60_000;
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}
