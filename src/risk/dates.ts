// Calendar arithmetic on ISO dates (yyyy-mm-dd) without time zones: the act's windows are whole
// calendar days and months, so dates are handled as text and integers, never as Date instants.

export type IsoDate = string;

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return mo >= 1 && mo <= 12 && d >= 1 && d <= daysInMonth(y, mo);
}

export function parts(d: IsoDate): { y: number; m: number; d: number } {
  const m = ISO.exec(d);
  if (!m) throw new RangeError(`not an ISO date: ${d}`);
  return { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
}

export function iso(y: number, m: number, d: number): IsoDate {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function daysInMonth(y: number, m: number): number {
  return [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]!;
}

/** Add calendar months; the day is clamped to the month's length (31 Aug − 6 months = 29 Feb). */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const p = parts(d);
  const idx = p.y * 12 + (p.m - 1) + months;
  const y = Math.floor(idx / 12);
  const m = (idx % 12) + 1;
  return iso(y, m, Math.min(p.d, daysInMonth(y, m)));
}

/** Half-open window [from, to): `from` included, `to` (the reference date) excluded. */
export interface Window {
  from: IsoDate;
  to: IsoDate;
}

export function inWindow(d: IsoDate, w: Window): boolean {
  return d >= w.from && d < w.to;
}

export function yearOf(d: IsoDate): number {
  return parts(d).y;
}

/** Quarter id "2024Q3" → its last day and the report's due date (the 10th of the next month). */
export const QUARTER = /^(\d{4})Q([1-4])$/;

export function quarterEnd(q: string): IsoDate {
  const m = QUARTER.exec(q);
  if (!m) throw new RangeError(`not a quarter: ${q}`);
  const y = Number(m[1]);
  const month = Number(m[2]) * 3;
  return iso(y, month, daysInMonth(y, month));
}

export function quarterDue(q: string, dueDay: number): IsoDate {
  const end = quarterEnd(q);
  const next = addMonths(iso(parts(end).y, parts(end).m, 1), 1);
  const p = parts(next);
  return iso(p.y, p.m, dueDay);
}

/** Quarters whose end lies in [from, to), in order. */
export function quartersEndingIn(w: Window): string[] {
  const out: string[] = [];
  const start = parts(w.from);
  for (let y = start.y - 1; y <= parts(w.to).y; y++) {
    for (let q = 1; q <= 4; q++) {
      const id = `${y}Q${q}`;
      if (inWindow(quarterEnd(id), w)) out.push(id);
    }
  }
  return out;
}
