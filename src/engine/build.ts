// Small constructors that keep edition files close to the text of the act.
import type { Labels, SymbolRef } from './types.js';

/** An input field of an appendix form: `inp('App7', 'a_curr')`. */
export const inp = (form: string, field: string): SymbolRef => ({ kind: 'input', form, field });
/** A dated parameter of the edition: `par('dir1.weight.K1')`. */
export const par = (name: string): SymbolRef => ({ kind: 'param', name });
/** The value of another node of the tree: `nod('D1.K2')`. */
export const nod = (id: string): SymbolRef => ({ kind: 'node', id });
/** The max points of a node for the body's kind (this node when id is omitted). */
export const maxOf = (id?: string): SymbolRef => ({ kind: 'max', id });
/** A constant printed in the act, e.g. the 10 000 of "per 10 000 services". */
export const cst = (value: number | string, label?: string): SymbolRef => ({ kind: 'const', value: String(value), label });

/** Labels in the three working languages; kk and ru from the seed text, en from the spec. */
export const L = (kk: string, ru: string, en: string): Labels => ({ kk, ru, en });
