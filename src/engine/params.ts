// Dated parameters, like OpenFisca's: the value in force on a date is the latest one whose `from`
// is not after that date.
import type { ParameterDecl, ParamValue } from './types.js';

export interface ParamAt {
  value: ParamValue;
  from: string;
}

export function paramAt(name: string, decl: ParameterDecl | undefined, asOf: string): ParamAt {
  if (!decl) throw new Error(`unknown parameter "${name}"`);
  let best: ParamAt | undefined;
  for (const v of decl.values) {
    if (v.from <= asOf && (!best || v.from >= best.from)) best = { value: v.value, from: v.from };
  }
  if (!best) {
    const first = decl.values.map((v) => v.from).sort()[0];
    throw new Error(`parameter "${name}" has no value in force on ${asOf} (first value from ${first ?? 'never'})`);
  }
  return best;
}
