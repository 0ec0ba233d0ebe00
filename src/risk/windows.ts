// The windows of spec §4.4 around the reference date R (the approval date of the semi-annual list,
// A6): W6 = [R − 6 months, R) for p.4(1)-(2); W12 = "within one year", by default [R − 12 months, R)
// and under reading A7 = previous_calendar_year the calendar year before R's year.
import { addMonths, iso, yearOf, type IsoDate, type Window } from './dates.js';
import { paramInt, reading, type RiskContext } from './context.js';

export interface Windows {
  R: IsoDate;
  W6: Window;
  W12: Window;
}

export function windowsAt(ctx: RiskContext, R: IsoDate): Windows {
  const W6: Window = { from: addMonths(R, -paramInt(ctx, 'window.W6.months', R)), to: R };
  const W12: Window =
    reading(ctx, 'A7') === 'previous_calendar_year'
      ? { from: iso(yearOf(R) - 1, 1, 1), to: iso(yearOf(R), 1, 1) }
      : { from: addMonths(R, -paramInt(ctx, 'window.W12.months', R)), to: R };
  return { R, W6, W12 };
}
