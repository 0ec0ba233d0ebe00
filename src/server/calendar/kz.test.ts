import { describe, expect, it } from 'vitest';
import { daysOff, publicHolidays, WorkingCalendar } from './kz.js';

describe('Kazakhstan working-day calendar', () => {
  it('has the public holidays of the issue', () => {
    const md = publicHolidays(2024).map((h) => h.date.slice(5));
    for (const x of ['01-01', '01-02', '03-08', '03-21', '03-22', '03-23', '05-01', '05-07', '05-09', '07-06', '08-30', '10-25', '12-16']) expect(md).toContain(x);
  });

  it('moves a holiday on a day off to the next working day', () => {
    // 2024: 6 July is a Saturday → Monday 8 July off; 16 December is a Monday
    const off = daysOff(2024);
    expect(off.has('2024-07-08')).toBe(true);
    expect(off.has('2024-12-16')).toBe(true);
    // 2018: 21–23 March Wed–Fri, 9 May Wednesday; 6 July 2018 is a Friday
    expect(daysOff(2018).has('2018-07-06')).toBe(true);
  });

  it('applies yearly transfers from the configuration', () => {
    const cal = new WorkingCalendar({ 2018: { daysOff: ['2018-03-09', '2018-04-30'], workingDays: ['2018-03-03', '2018-04-28'] } });
    expect(cal.isWorkingDay('2018-03-09')).toBe(false);
    expect(cal.isWorkingDay('2018-03-03')).toBe(true); // a Saturday worked
    expect(new WorkingCalendar().isWorkingDay('2018-03-03')).toBe(false);
  });

  it('counts N working days across weekends and holidays', () => {
    const cal = new WorkingCalendar();
    // Friday 29 Dec 2023 + 1 working day: 1–2 January are holidays → Wednesday 3 January 2024
    expect(cal.addWorkingDays('2023-12-29', 1)).toBe('2024-01-03');
    // Nauryz 2023: 21–23 March Tue–Thu off; 3 working days after Monday 20 March: Fri 24, Mon 27, Tue 28
    expect(cal.addWorkingDays('2023-03-20', 3)).toBe('2023-03-28');
    expect(cal.workingDaysLate('2023-03-20', '2023-03-28')).toBe(3);
    expect(cal.workingDaysLate('2023-03-20', '2023-03-20')).toBe(0);
  });
});
