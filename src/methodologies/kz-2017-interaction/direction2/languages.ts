// p.75, p.91, p.95: the state-language (Kazakh) and Russian versions are assessed separately; every
// appendix table has one points column per language version.
import { L } from '../../../engine/build.js';
import type { Labels } from '../../../engine/types.js';

export type LangVersion = 'kz' | 'ru';
export const LANG_VERSIONS: readonly { id: LangVersion; label: Labels }[] = [
  { id: 'kz', label: L('мемлекеттік (қазақ) тілдегі нұсқа', 'версия на казахском языке', 'Kazakh version') },
  { id: 'ru', label: L('орыс тіліндегі нұсқа', 'версия на русском языке', 'Russian version') },
];

/** "<text> — <language version>" in each working language. */
export const withLang = (l: Labels, lang: LangVersion): Labels => {
  const v = LANG_VERSIONS.find((x) => x.id === lang)!.label;
  return L(`${l.kk} — ${v.kk}`, `${l.ru} — ${v.ru}`, `${l.en} — ${v.en}`);
};
