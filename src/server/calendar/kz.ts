// The Kazakhstan working-day calendar for "N working days" rules: Saturdays and Sundays off,
// public holidays (Labour Code art. 84 with the Law "On holidays"), a holiday that falls on a day
// off moves to the next working day (art. 85), and the Government's yearly transfers of days off
// (configured per year, e.g. from the decree for that year). Dates are calendar dates in
// Kazakhstan (yyyy-mm-dd); no time zones are involved.

export interface CalendarYear {
  /** Extra days off decreed for the year (transfers), yyyy-mm-dd. */
  daysOff?: string[];
  /** Weekend days decreed working days (the other half of a transfer). */
  workingDays?: string[];
}

export type CalendarConfig = Record<number, CalendarYear>;

/** Public holidays (month-day) in force in a year. */
export function publicHolidays(year: number): { date: string; name: string; movable: boolean }[] {
  const d = (md: string, name: string, movable = true) => ({ date: `${year}-${md}`, name, movable });
  const list = [
    d('01-01', 'New Year'),
    d('01-02', 'New Year'),
    d('03-08', "International Women's Day"),
    d('03-21', 'Nauryz meiramy'),
    d('03-22', 'Nauryz meiramy'),
    d('03-23', 'Nauryz meiramy'),
    d('05-01', 'Unity Day of the People of Kazakhstan'),
    d('05-07', "Defender of the Fatherland Day"),
    d('05-09', 'Victory Day'),
    d('07-06', 'Capital Day'),
    d('08-30', 'Constitution Day'),
    d('12-16', 'Independence Day'),
  ];
  // 7 January (Orthodox Christmas) is a holiday but not a day off; Kurban Ait's first day is a
  // day off by yearly decree (its date moves), so it comes through `daysOff`.
  if (year <= 2021) list.push(d('12-01', 'First President Day'), d('12-17', 'Independence Day'));
  if (year >= 2022) list.push(d('10-25', 'Republic Day'));
  if (year < 2013) return list.filter((h) => h.date.slice(5) !== '05-07' && h.date.slice(5) !== '07-06');
  return list.sort((a, b) => a.date.localeCompare(b.date));
}

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const DAY = 86_400_000;
const weekend = (date: string) => {
  const w = new Date(`${date}T00:00:00Z`).getUTCDay();
  return w === 0 || w === 6;
};

/** Every day off of a year that is not a Saturday or Sunday: holidays, their carry-overs, transfers. */
export function daysOff(year: number, config: CalendarConfig = {}): Set<string> {
  const off = new Set<string>();
  const holidays = publicHolidays(year);
  const isHoliday = new Set(holidays.map((h) => h.date));
  for (const h of holidays) {
    if (!weekend(h.date)) {
      off.add(h.date);
      continue;
    }
    if (!h.movable) continue;
    // carried to the next working day that is neither a weekend nor a holiday nor already taken
    let t = Date.parse(`${h.date}T00:00:00Z`) + DAY;
    while (weekend(iso(t)) || isHoliday.has(iso(t)) || off.has(iso(t))) t += DAY;
    off.add(iso(t));
  }
  for (const x of config[year]?.daysOff ?? []) off.add(x);
  return off;
}

export class WorkingCalendar {
  private readonly cache = new Map<number, Set<string>>();
  constructor(private readonly config: CalendarConfig = {}) {}

  private off(year: number): Set<string> {
    let s = this.cache.get(year);
    if (!s) this.cache.set(year, (s = daysOff(year, this.config)));
    return s;
  }

  isWorkingDay(date: string): boolean {
    const year = Number(date.slice(0, 4));
    if ((this.config[year]?.workingDays ?? []).includes(date)) return true;
    return !weekend(date) && !this.off(year).has(date);
  }

  /** The date N working days after `date` (N ≥ 1: the first is the next working day after it). */
  addWorkingDays(date: string, n: number): string {
    let t = Date.parse(`${date}T00:00:00Z`);
    for (let k = 0; k < n; ) {
      t += DAY;
      if (this.isWorkingDay(iso(t))) k++;
    }
    return iso(t);
  }

  /** Working days after `due` up to and including `done` (0 when on time). */
  workingDaysLate(due: string, done: string): number {
    if (done <= due) return 0;
    let n = 0;
    for (let t = Date.parse(`${due}T00:00:00Z`) + DAY; iso(t) <= done; t += DAY) if (this.isWorkingDay(iso(t))) n++;
    return n;
  }
}

/** The calendar day in Kazakhstan (UTC+5 since 1 March 2024, UTC+6 in the east before) of a moment. */
export function kzDate(moment: Date, utcOffsetHours = 5): string {
  return iso(moment.getTime() + utcOffsetHours * 3600_000);
}
