// The acts' original text by legal reference: `actText(edition, ref)` gives the paragraphs, ranges,
// sub-points and appendices a reference names, in each language the edition's seed carries
// (Kazakh or Russian). Pure: the text is committed data (./text, generated from the seeds by
// scripts/extract-act-text.ts). A part of a reference that the data does not hold gives nothing —
// never a neighbouring paragraph.
import type { LegalRef } from '../engine/types.js';
import { act as kz2014publicServices } from './text/kz-2014-public-services.js';
import { act as kz2015ict } from './text/kz-2015-ict.js';
import { act as kz2017interaction } from './text/kz-2017-interaction.js';
import { act as kz2021operational } from './text/kz-2021-operational.js';
import { act as kz2023risk } from './text/kz-2023-risk.js';
import type { ActData, ActLang, ActPassage } from './types.js';

export type { ActData, ActLang, ActPassage } from './types.js';

export const acts: Readonly<Record<string, ActData>> = Object.fromEntries(
  [kz2014publicServices, kz2015ict, kz2017interaction, kz2021operational, kz2023risk].map((a) => [a.edition, a]),
);

/** Ranges longer than this are refused as a typo rather than printed whole. */
const MAX_RANGE = 150;
/** Default cap on one passage (a long range, several appendices). */
export const PASSAGE_CAP = 8000;

type Part =
  | { kind: 'para'; ref: string; from: number; to: number; sub?: { from: number; to: number } }
  | { kind: 'app'; ref: string; from: string; to?: string };

const num = (s: string | undefined) => (s === undefined ? undefined : Number(s));

/** Split a reference's paragraph and appendix strings into parts: "p.5, p.69–100" → p.5 and p.69–100. */
export function parseRef(ref: Pick<LegalRef, 'paragraph' | 'appendix'>): Part[] {
  const parts: Part[] = [];
  // Notes in parentheses ("(not covered; seed-004b A-4)") are not references; sub-points "(1)" are.
  const clean = (s: string) => s.replace(/\((?!\d+\))[^)]*\)/g, ' ');
  const pieces = [...clean(ref.paragraph ?? '').split(/[,;]/), ...clean(ref.appendix ?? '').split(/[,;]/)].map((s) => s.trim()).filter(Boolean);
  for (const piece of pieces) {
    const app = /\bApp\s*(\d+)(?:\s*[–-]\s*(?:App\s*)?(\d+))?/.exec(piece);
    if (app) {
      parts.push({ kind: 'app', ref: app[2] ? `App ${app[1]}–${app[2]}` : `App ${app[1]}`, from: app[1]!, to: app[2] });
      continue;
    }
    if (/^Crit-App\b/.test(piece)) {
      parts.push({ kind: 'app', ref: 'Crit-App', from: 'Crit-App' });
      continue;
    }
    // p.31 · §29–§30 · ¶64–65 · §7(1) · ¶4.10 · p.4(3)-(5) · p.9 ¶6 (an unnumbered sub-paragraph: the whole p.9)
    const m = /^(p\.|§|¶)\s*(\d+)(?:\((\d+)\)(?:\s*[–-]\s*\((\d+)\))?|\.(\d+))?(?:\s*[–-]\s*(?:p\.|§|¶)?\s*(\d+))?(?:\s+¶\s*\d+(?:[–-]\d+)?)?$/.exec(piece);
    if (!m) continue;
    const from = Number(m[2]);
    const to = num(m[6]) ?? from;
    if (to < from || to - from > MAX_RANGE) continue;
    const subFrom = num(m[3]) ?? num(m[5]);
    const sub = subFrom !== undefined && to === from ? { from: subFrom, to: num(m[4]) ?? subFrom } : undefined;
    parts.push({ kind: 'para', ref: piece.replace(/\s+¶.*$/, '').replace(/\s+/g, ''), from, to, sub });
  }
  return parts;
}

function paraLabel(lang: ActLang, p: Extract<Part, { kind: 'para' }>): string {
  const range = p.from === p.to ? String(p.from) : `${p.from}–${p.to}`;
  const sub = p.sub ? (p.sub.from === p.sub.to ? `${p.sub.from})` : `${p.sub.from})–${p.sub.to})`) : '';
  if (lang === 'ru') return p.sub ? `подп. ${sub} п. ${range}` : p.from === p.to ? `п. ${range}` : `пп. ${range}`;
  if (p.sub) return `${range}-тармақтың ${sub} тармақшасы`;
  return p.from === p.to ? `${range}-тармақ` : `${range}-тармақтар`;
}

function appLabel(lang: ActLang, key: string, to?: string): string {
  if (key === 'Crit-App') return lang === 'ru' ? 'Приложение к Критериям' : 'Өлшемшарттарға қосымша';
  if (lang === 'ru') return to ? `Приложения ${key}–${to}` : `Приложение ${key}`;
  return to ? `${key}–${to}-қосымшалар` : `${key}-қосымша`;
}

/** Sub-points `from)`…`to)` of a paragraph, after the paragraph's opening line; null when absent. */
function subPoints(text: string, from: number, to: number): string | null {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.startsWith(`${from}) `));
  if (start < 0) return null;
  let end = start + 1;
  for (; end < lines.length; end++) {
    const m = /^(\d+)\) /.exec(lines[end]!);
    if (m && Number(m[1]) > to) break;
  }
  return [lines[0]!, ...lines.slice(start, end)].join('\n');
}

function capText(s: string, max: number): { text: string; truncated: boolean } {
  if (s.length <= max) return { text: s, truncated: false };
  const cut = s.slice(0, max);
  const sp = cut.lastIndexOf(' ');
  return { text: `${(sp > max * 0.8 ? cut.slice(0, sp) : cut).trimEnd()} […]`, truncated: true };
}

/**
 * The original text of what `ref` names, one passage per part and language (the edition's seed
 * languages). Empty when the edition has no text or no part resolves.
 */
export function actText(editionId: string, ref: Pick<LegalRef, 'paragraph' | 'appendix'> | null | undefined, opts: { maxChars?: number } = {}): ActPassage[] {
  const data = acts[editionId];
  if (!data || !ref) return [];
  const max = opts.maxChars ?? PASSAGE_CAP;
  const out: ActPassage[] = [];
  const seen = new Set<string>();
  for (const part of parseRef(ref)) {
    const key = part.kind === 'para' ? `p${part.from}-${part.to}-${part.sub?.from ?? ''}-${part.sub?.to ?? ''}` : `a${part.from}-${part.to ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    for (const lang of data.langs) {
      const t = data.text[lang];
      if (!t) continue;
      let text: string | null = null;
      let truncated = false;
      if (part.kind === 'para') {
        if (part.sub) {
          const p = t.paragraphs[String(part.from)];
          text = p === undefined ? null : subPoints(p, part.sub.from, part.sub.to);
        } else {
          const found: string[] = [];
          for (let n = part.from; n <= part.to; n++) {
            const p = t.paragraphs[String(n)];
            if (p !== undefined) found.push(p);
          }
          text = found.length ? found.join('\n\n') : null;
        }
      } else {
        const keys = part.to ? Array.from({ length: Math.max(0, Number(part.to) - Number(part.from) + 1) }, (_, i) => String(Number(part.from) + i)) : [part.from];
        if (keys.length > MAX_RANGE) continue;
        const found = keys.flatMap((k) => {
          const a = t.appendices[k];
          if (!a) return [];
          truncated ||= a.text.endsWith('[…]');
          return [part.to ? `${appLabel(lang, k)}\n${a.text}` : a.text];
        });
        text = found.length ? found.join('\n\n') : null;
      }
      if (text === null) continue;
      const capped = capText(text, max);
      out.push({
        lang,
        ref: part.ref,
        label: part.kind === 'para' ? paraLabel(lang, part) : appLabel(lang, part.from, part.to),
        text: capped.text,
        truncated: truncated || capped.truncated,
      });
    }
  }
  return out;
}

/** What the repository holds of an edition's act: languages, seed, note. Null for an unknown edition. */
export function actSource(editionId: string): { langs: ActLang[]; seed: string; note: string } | null {
  const a = acts[editionId];
  return a ? { langs: a.langs, seed: a.seed, note: a.note } : null;
}
