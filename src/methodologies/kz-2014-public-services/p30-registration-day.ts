// §30: the registration-day rule for licensing applications. "Мемлекеттік органға өтініштер жұмыс
// емес күндері немесе жұмыс күні аяқталғаннан кейін келіп түскен жағдайда өтініштердің тіркеу күні
// болып келесі бірінші жұмыс күні саналады" — an application received on a non-working day or after
// the end of the working day is due for registration on the next working day. The sample holds 25
// applications per licence type received on paper, or all of them when fewer than 25 were received.
// Pure date arithmetic on ISO dates (yyyy-mm-dd), no time zones involved.

export interface WorkCalendar {
  /** Extra non-working weekdays (public holidays). */
  holidays?: readonly string[];
  /** Saturdays/Sundays declared working days (transferred days). */
  workingWeekends?: readonly string[];
}

const addDays = (iso: string, n: number): string => {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
};

export function isWorkingDay(iso: string, cal: WorkCalendar = {}): boolean {
  if (cal.workingWeekends?.includes(iso)) return true;
  if (cal.holidays?.includes(iso)) return false;
  const dow = new Date(`${iso}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6;
}

export function nextWorkingDay(iso: string, cal: WorkCalendar = {}): string {
  let d = addDays(iso, 1);
  while (!isWorkingDay(d, cal)) d = addDays(d, 1);
  return d;
}

/** The day by which the application must be registered (§30). */
export function requiredRegistrationDate(received: string, afterHours: boolean, cal: WorkCalendar = {}): string {
  if (!afterHours && isWorkingDay(received, cal)) return received;
  return nextWorkingDay(received, cal);
}

/** "Not registered on the day": registered later than the required day, or never (seed-000 §5.6 default). */
export function registeredLate(received: string, afterHours: boolean, registered: string | undefined, cal: WorkCalendar = {}): boolean {
  if (!registered) return true;
  return registered > requiredRegistrationDate(received, afterHours, cal);
}

/** f = Σ over licence types of min(25, applications received on paper). */
export function sampleSize(applicationsByType: readonly number[], perType = 25): number {
  return applicationsByType.reduce((s, n) => s + Math.min(perType, n), 0);
}

/** The N-th working day after a date (day 1 = first working day after it); used by §65–§67 deadlines. */
export function addWorkingDays(iso: string, n: number, cal: WorkCalendar = {}): string {
  let d = iso;
  for (let i = 0; i < n; i++) d = nextWorkingDay(d, cal);
  return d;
}

export { addDays };
