// The edition, the readings in force (defaults overlaid by the facts file and the command line) and
// parameter look-up by date. Unknown reading ids or options are refused, never ignored.
import { D, type Decimal } from '../engine/decimal.js';
import { paramAt } from '../engine/params.js';
import type { RiskEditionDecl } from './model.js';

export interface RiskContext {
  edition: RiskEditionDecl;
  readings: Readonly<Record<string, string>>;
}

export class ReadingError extends Error {}

export function makeContext(edition: RiskEditionDecl, ...overrides: Readonly<Record<string, string>>[]): RiskContext {
  const readings: Record<string, string> = {};
  for (const r of edition.readings) readings[r.id] = r.default;
  for (const o of overrides) {
    for (const [id, value] of Object.entries(o)) {
      const decl = edition.readings.find((r) => r.id === id);
      if (!decl) throw new ReadingError(`unknown reading "${id}"; known: ${edition.readings.map((r) => r.id).join(', ')}`);
      if (!decl.options.some((opt) => opt.value === value)) {
        throw new ReadingError(`reading ${id}: unknown option "${value}"; options: ${decl.options.map((opt) => opt.value).join(', ')}`);
      }
      readings[id] = value;
    }
  }
  return { edition, readings };
}

export function reading(ctx: RiskContext, id: string): string {
  const v = ctx.readings[id];
  if (v === undefined) throw new ReadingError(`reading ${id} is not declared by edition ${ctx.edition.id}`);
  return v;
}

/** The value of a scalar parameter in force on `date` (engine convention: the latest `from` not
 * after it; a date before the act's first value is refused). */
export function param(ctx: RiskContext, name: string, date: string): Decimal {
  const { value } = paramAt(name, ctx.edition.parameters[name], date);
  if (typeof value === 'object') throw new RangeError(`parameter ${name} is not a scalar`);
  return D(value);
}

export function paramInt(ctx: RiskContext, name: string, date: string): number {
  return param(ctx, name, date).toNumber();
}
