// Messages are data until they are shown: a template key of the edition's `messages` with its
// arguments, rendered in the reader's language by msgText().
import type { Lang } from '../engine/types.js';
import type { RiskEditionDecl } from './model.js';

export interface Msg {
  key: string;
  args?: Readonly<Record<string, string | number | readonly Msg[]>>;
}

export const msg = (key: string, args?: Msg['args']): Msg => (args ? { key, args } : { key });

export function msgText(e: RiskEditionDecl, m: Msg, lang: Lang): string {
  const t = e.messages[m.key];
  if (!t) throw new RangeError(`edition ${e.id} has no message "${m.key}"`);
  return t[lang].replace(/\{(\w+)\}/g, (all, name: string) => {
    const v = m.args?.[name];
    if (v === undefined) return all;
    return typeof v === 'object' ? v.map((x) => msgText(e, x, lang)).join('; ') : String(v);
  });
}
