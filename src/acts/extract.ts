// The extraction of the acts' original text (Kazakh or Russian, as each seed carries it) from the
// seeds into src/acts/text/<edition>.ts, so that the product can show the paragraph an explanation
// refers to without the seeds (CI and deployments have only the repository). Run by
//
//   npx tsx scripts/extract-act-text.ts [seedsDir]     (default /work/shared/seeds)
//
// The seeds are text taken from the PDFs of the Reference Control Bank of legal acts (adilet). Two
// layouts occur: paragraphs indented by six spaces with unindented continuation lines (001, 002,
// 003, 004), and paragraphs separated by blank lines with the bank's page headers repeated on every
// page (000). The extraction is deterministic: same seeds, same files. See src/acts/README.md.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActData, ActLang, ActLangText } from './types.js';

const APPENDIX_CAP = 1500;

export interface SeedConfig {
  edition: string;
  seed: string;
  lang: ActLang;
  /** The line after which the methodology's own paragraph 1 starts (the approving order comes before). */
  start: RegExp;
  /** An appendix heading line; group 1 is the number (may be empty for an unnumbered appendix). */
  appendix?: RegExp;
  /** The key of an appendix from its number as written (default: the number). */
  appendixKey?: (n: string) => string;
  layout: 'indented' | 'blank';
  /** Boilerplate at the start of an appendix ("to the Methodology of ..."), stripped. */
  appendixPrefix?: RegExp;
  /** The seed is an amending order quoting the new wording of some paragraphs. */
  amendment?: boolean;
  note: string;
}

export const SEEDS: readonly SeedConfig[] = [
  {
    edition: 'kz-2014-public-services',
    seed: '000_9c1d25ee6d888e34.txt',
    lang: 'kk',
    start: /^Мемлекеттiк көрсетілетін қызметтердің сапасын бағалау әдiстемесi\s*$/,
    appendix: /^(\d+)-қосымша\s*$/,
    layout: 'blank',
    note: 'Kazakh text of the 2014 edition (joint order No. 06-7/2 and No. 22, reg. 8260, as amended 18.02.2014); the seed has no Russian body text.',
  },
  {
    edition: 'kz-2015-ict',
    seed: '002_83a5876eef2c0fb5.txt',
    lang: 'kk',
    start: /^бағалау әдістемесі\s*$/,
    appendix: /^(\d+)-қосымша\s*$/,
    layout: 'indented',
    note: 'Kazakh text of order No. 1279 (reg. 12961) with its amendments; the seed has no Russian text.',
  },
  {
    edition: 'kz-2021-operational',
    seed: '003_3dd0d77eabe75895.txt',
    lang: 'kk',
    start: /БҰЙЫРАМЫЗ:/,
    layout: 'indented',
    amendment: true,
    note: 'Kazakh text of the 2023 amending order (reg. 33140): the new wording of p.49, p.52 and p.114 only; the rest of the 2021 methodology is not in the seeds.',
  },
  {
    edition: 'kz-2017-interaction',
    seed: '004_2eda7a10a42a5ed2.txt',
    lang: 'ru',
    start: /^Методика оценки взаимодействия государственного органа с гражданами\s*$/,
    appendix: /^Приложение (\d+)\s*$/,
    appendixPrefix: /^к Методике оценки\s+эффективности взаимодействия\s+государственного органа\s+с гражданами\s*/,
    layout: 'indented',
    note: 'Russian text of the 2017 methodology in the new wording of joint order No. 229/414/93 о/д (reg. 16160); the seed has no Kazakh text.',
  },
  {
    edition: 'kz-2023-risk',
    seed: '001_26f685bf2fb662f0.txt',
    lang: 'kk',
    start: /^1-қосымша\s*$/,
    appendix: /^(\d*)-?қосымша\s*$/,
    appendixKey: (n) => (n === '' ? 'Crit-App' : n),
    layout: 'indented',
    note: 'Kazakh text of joint order No. 102 / No. 57 (reg. 32439): the criteria (App 1 of the order, whose paragraphs the references count), their appendix and the checklist (App 2); the seed has no Russian text.',
  },
];

/** The bank's page header and footer lines (000 repeats them on every page). */
const PAGE_NOISE = [
  /^\s*Редакциялау күні \d/,
  /^\s*Сақтау күні \d/,
  /^\s*Дата редакции \d/,
  /^\s*Дата скачивания \d/,
  /^\s*Қазақстан Республикасының электронды нысандағы нормативтік құқықтық\s*$/,
  /^\s*актілердің эталонды бақылау банкі\s*$/,
  /^\s*Эталонный контрольный банк нормативных правовых актов\s*$/,
  /^\s*Республики Казахстан в электронном виде\s*$/,
];

/**
 * The PDF moved each hyperlinked word to the end of its line and left a double space where it stood:
 * "согласно  к настоящей Методике.приложению 6" is "согласно приложению 6 к настоящей Методике.".
 * Put the word back when the line has exactly one such gap.
 */
export function relink(line: string): string {
  const indent = /^\s*/.exec(line)![0];
  const body = line.slice(indent.length).trimEnd();
  // Exactly one gap of exactly two spaces, after a word (not after a one-letter formula symbol).
  // "в соответствие с .приложением 10": the link after the sentence's full stop, without a gap.
  const dot = /^(.*\p{L}) \.(\p{L}+(?: \d+)?)$/u.exec(body);
  if (dot) return `${indent}${dot[1]} ${dot[2]}.`;
  const gaps = body.match(/\S {2,}\S/g);
  // (a word, a number, a closing bracket or quote, or a one-letter preposition: "в  к настоящей").
  if (!gaps || gaps.length !== 1 || !/(?:\p{L}{2}|\d|[)"»]|(?<=\s)[а-яё]) {2}\S/u.test(body) || / {3}/.test(body) || /(?:\p{L} ){3}/u.test(body)) return line;
  // The link: the last word (with its number: "приложению 6", "37 тармаққа"), after a space or glued to punctuation.
  const m = /(?<=([.,;:)])|( ))((?:\d+ )?\p{L}[\p{L}\d-]*(?: \d+)?|\d+-\p{L}+)$/u.exec(body) ?? /(?<=(\p{L}))()(\d+-\p{L}+)$/u.exec(body);
  if (!m) return line;
  const glued = m[1] !== undefined;
  const link = m[3]!;
  // Only links that look like references, unless the PDF glued the word to the sentence's end.
  if (!glued && !/\d/.test(link) && !/^(приложени|правил|реестр|приказ|перечн|закон|кодекс|әдістеме|тәртіб|қағида|тізбе|тізілім)/iu.test(link)) return line;
  if (link.endsWith('-')) return line;
  const head = body.slice(0, m.index).replace(/ $/, '');
  const at = head.search(/\S {2}\S/);
  if (at < 0) return line;
  return `${indent}${head.slice(0, at + 1)} ${link} ${head.slice(at + 3)}`;
}

// (`\b` is ASCII-only in JS regexps: Cyrillic words end at a lookahead instead.)
const CHAPTER = /^(Глава\s+\d+|Параграф\s+\d+|\d+-(тарау|параграф))(?=[.\s])/;
const NOTE = /^(Сноска|Ескерту)\.\s/;
const LOWER = /^[a-zа-яёәғқңөұүһіi]/u;

/**
 * Join the wrapped lines of one logical line. `soft`: the PDF was typeset with hyphenation (000), so a
 * hyphen at a line end before a lowercase letter splits a word ("респуб-" + "ликалық"); otherwise
 * (adilet's own PDFs) it is the word's own hyphen ("интернет-" + "порталах" → "интернет-порталах").
 */
function joinWrapped(parts: string[], soft = false): string {
  let s = '';
  for (const raw of parts) {
    const p = raw.trim();
    if (!p) continue;
    if (!s) s = p;
    else if (/\p{L}-$/u.test(s) && LOWER.test(p)) s = (soft ? s.slice(0, -1) : s) + p;
    else if (/\p{L}\/$/u.test(s)) s += p; // "және/" + "немесе"
    else s += ' ' + p;
  }
  return tidy(s);
}

/** Whitespace and PDF artefacts: letter-spaced words, underscores, stray spaces around punctuation. */
export function tidy(s: string): string {
  return s
    .replace(/(?<!\p{L})((?:\p{L} ){3,}\p{L})(?!\p{L})/gu, (m) => m.replace(/ /g, ''))
    .replace(/(?:_[ _]*){3,}/g, '____ ')
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ([,;:.)])(?=\s|$)/g, '$1')
    .replace(/\( /g, '(')
    .trim();
}

/** Drop the "to the Methodology …" caption that precedes each appendix heading (short lines only). */
function dropTrailingCaption(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0) {
    const t = lines[end - 1]!.trim();
    if (t === '' || (t.length <= 45 && !/[.;:!?»"]$/.test(t) && !/^\d/.test(t))) end--;
    else break;
  }
  return lines.slice(0, end);
}

interface Para {
  n: number;
  logical: string[][];
}

function parseParagraphs(lines: string[], layout: SeedConfig['layout']): Map<number, string> {
  const out: Para[] = [];
  let cur: Para | null = null;
  let expected = 1;
  let skipping = false; // inside a chapter heading or an editorial note
  let prevBlank = true;
  for (const [i, line] of lines.entries()) {
    const blank = line.trim() === '';
    if (blank) {
      prevBlank = true;
      // A heading ends at a blank line, unless it goes on in lowercase after it (a stray blank line).
      if (layout === 'blank' && !LOWER.test(lines.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? '')) skipping = false;
      continue;
    }
    const indented = /^ {4,}\S/.test(line);
    const newLogical = layout === 'indented' ? indented : prevBlank;
    prevBlank = false;
    const t = line.trim();
    const m = /^(\d+)\.\s+\S/.exec(t);
    const n = m ? Number(m[1]) : NaN;
    if (layout === 'indented' && (newLogical || m)) skipping = false; // (the blank layout ends a skip at a blank line, above)
    // A chapter heading numbered like the paragraph that follows it ("1. Жалпы ережелер", then "1. Осы …").
    const next = lines.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? '';
    const numberedHeading = m !== null && t.length < 70 && !/[.;:,]$/.test(t) && next.startsWith(`${n}. `);
    if (m && !numberedHeading && n >= expected && n <= expected + 3 && (newLogical || layout === 'blank')) {
      cur = { n, logical: [[t]] };
      out.push(cur);
      expected = n + 1;
      continue;
    }
    const heading = numberedHeading || CHAPTER.test(t) || (m && n < expected && (layout === 'blank' ? newLogical : !indented));
    if (heading || (newLogical && NOTE.test(t))) {
      skipping = true;
      continue;
    }
    if (skipping || !cur) continue;
    if (newLogical) cur.logical.push([t]);
    else cur.logical[cur.logical.length - 1]!.push(t);
  }
  const result = new Map<number, string>();
  for (const p of out) {
    let logical = p.logical.map((l) => joinWrapped(l, layout === 'blank')).filter(Boolean);
    if (layout === 'blank') {
      // A page break or a stray blank line splits a sentence: glue a lowercase start to an unfinished line.
      const merged: string[] = [];
      for (const l of logical) {
        const prev = merged[merged.length - 1];
        if (prev !== undefined && !/[.;:!?]$/.test(prev) && LOWER.test(l)) merged[merged.length - 1] = joinWrapped([prev, l], true);
        else merged.push(l);
      }
      logical = merged;
    }
    result.set(p.n, logical.join('\n'));
  }
  return result;
}

function cap(s: string, n: number): string {
  if (s.length <= n) return s;
  const cut = s.slice(0, n);
  const sp = cut.lastIndexOf(' ');
  return `${(sp > n * 0.8 ? cut.slice(0, sp) : cut).trimEnd()} […]`;
}

function parseAppendix(lines: string[], cfg: SeedConfig): { title: string; text: string } {
  const logical: string[][] = [];
  let prevBlank = true;
  for (const line of dropTrailingCaption(lines)) {
    if (line.trim() === '') {
      prevBlank = true;
      continue;
    }
    const newLogical = prevBlank || /^ {4,}\S/.test(line);
    prevBlank = false;
    if (newLogical || logical.length === 0) logical.push([line]);
    else logical[logical.length - 1]!.push(line);
  }
  let text = logical.map((l) => joinWrapped(l, cfg.layout === 'blank')).filter(Boolean).join('\n');
  if (cfg.appendixPrefix) text = text.replace(cfg.appendixPrefix, '').trim();
  text = text.replace(/\n(?:Ескерту|Сноска)\. [^\n]*/g, '').replace(/^(?:Ескерту|Сноска)\. [^\n]*\n/, '');
  // The title: the first line that is not a form marker ("Нысан", "Форма").
  const first = text.split('\n').find((l) => !/^(Нысан|Нысаны|Форма)$/.test(l.trim())) ?? '';
  return { title: cap(first, 300), text: cap(text, APPENDIX_CAP) };
}

function parseAmendment(lines: string[]): Map<number, string> {
  const out = new Map<number, string>();
  let cur: { n: number; parts: string[][] } | null = null;
  for (const line of lines) {
    const t = line.trim();
    if (!t) continue;
    if (/мынадай редакцияда жазылсын/.test(t)) continue; // the instruction, displaced by the PDF
    const m = /^"(\d+)\.\s+(.*)$/.exec(t);
    if (m && /^ {4,}/.test(line)) {
      cur = { n: Number(m[1]), parts: [[`${m[1]}. ${m[2]}`]] };
      continue;
    }
    if (!cur) continue;
    if (/^ {4,}\S/.test(line)) cur.parts.push([t]);
    else cur.parts[cur.parts.length - 1]!.push(t);
    if (/"[;.]$/.test(t)) {
      // The quoted wording ends with the closing quote: `…;";` or `….".`
      out.set(cur.n, cur.parts.map((l) => joinWrapped(l)).join('\n').replace(/"[;.]$/, '').trim());
      cur = null;
    }
  }
  return out;
}

export function extract(cfg: SeedConfig, seedsDir: string): ActLangText {
  const raw = readFileSync(join(seedsDir, cfg.seed), 'utf8').replace(/\r\n?/g, '\n').replace(/\f/g, '\n');
  const lines = raw.split('\n').filter((l) => !PAGE_NOISE.some((re) => re.test(l))).map(relink);
  const start = lines.findIndex((l) => cfg.start.test(l.trim()) || cfg.start.test(l));
  if (start < 0) throw new Error(`${cfg.seed}: start line ${cfg.start} not found`);
  const rest = lines.slice(start + 1);
  if (cfg.amendment) return { paragraphs: Object.fromEntries([...parseAmendment(rest)].map(([n, s]) => [String(n), s])), appendices: {} };
  const heads: { i: number; key: string }[] = [];
  if (cfg.appendix)
    rest.forEach((l, i) => {
      const m = cfg.appendix!.exec(l.trim());
      if (m && l.trim() === l.trimEnd().trimStart()) heads.push({ i, key: (cfg.appendixKey ?? ((x: string) => x))(m[1] ?? '') });
    });
  const bodyEnd = heads[0]?.i ?? rest.length;
  const paragraphs = parseParagraphs(dropTrailingCaption(rest.slice(0, bodyEnd)), cfg.layout);
  const appendices: ActLangText['appendices'] = {};
  heads.forEach((h, k) => {
    if (appendices[h.key]) return; // the first heading of a number wins
    appendices[h.key] = parseAppendix(rest.slice(h.i + 1, heads[k + 1]?.i ?? rest.length), cfg);
  });
  return { paragraphs: Object.fromEntries([...paragraphs].map(([n, s]) => [String(n), s])), appendices };
}

/** The generated module for one edition (the committed src/acts/text/<edition>.ts). */
export function render(cfg: SeedConfig, text: ActLangText): string {
  const data: ActData = { edition: cfg.edition, seed: cfg.seed, note: cfg.note, langs: [cfg.lang], text: { [cfg.lang]: text } };
  return [
    `// GENERATED by scripts/extract-act-text.ts from the seed ${cfg.seed}; do not edit by hand.`,
    `// ${cfg.note}`,
    `import type { ActData } from '../types.js';`,
    '',
    `export const act: ActData = ${JSON.stringify(data, null, 2)};`,
    '',
  ].join('\n');
}
