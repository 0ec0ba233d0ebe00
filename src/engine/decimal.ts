// Exact decimal arithmetic for scoring. The acts print results to 2 decimals and round half-up
// ("3.895 → 3.90"); binary floats get such cases wrong, so no score ever passes through a JS number.
import { Decimal as DecimalJs } from 'decimal.js';

export const Decimal = DecimalJs.clone({ precision: 40, rounding: DecimalJs.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const ONE = new Decimal(1);

/** Build a Decimal from a case-file value without going through binary floating point twice. */
export function D(x: number | string | Decimal): Decimal {
  if (typeof x === 'number') {
    if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
    return new Decimal(String(x));
  }
  return new Decimal(x);
}

/** Round half-up to `places` decimals (the acts' "rounded to hundredths"). */
export function roundHalfUp(x: Decimal, places: number): Decimal {
  return x.toDecimalPlaces(places, Decimal.ROUND_HALF_UP);
}

/** Fixed-point text at the reported precision, e.g. "16.13". */
export function fmt(x: Decimal, places = 2): string {
  return roundHalfUp(x, places).toFixed(places);
}

/** Shortest exact text (for traces): "0.2", "1/3" shows as 0.3333… to 40 significant digits. */
export function exact(x: Decimal): string {
  return x.toString();
}
