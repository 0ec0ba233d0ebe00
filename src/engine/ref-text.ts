// A legal reference in the reader's language. The editions keep references as the specs write them,
// in English shorthand: paragraphs `p.31`, `¶36–37` (the 2015 ICT act) or `§29–§30` (the 2014 act),
// appendices `App 6`, `App 10 row 2.1`, tables `Table 1, row 2`, columns `col. 3`, sections, and rows
// (`2`, `OD1`, `central 1`). English is shown as written. Russian and Kazakh print what the acts
// themselves print: «п. 31», «приложение 6», «строка 2», «таблица 1» / «31-тармақ», «6-қосымша»,
// «2-жол», «1-кесте». The three paragraph marks are one thing, a paragraph (тармақ / пункт), so
// `§29–§30` and `¶29–30` both read «п. 29–30» / «29–30-тармақ»: the mark only told the spec's acts
// apart, and the act a reference belongs to is the edition's. A range keeps the singular noun the
// acts' cross-references use («12–15-тармақ», «п. 12–15»). The free-text note of a reference is
// English commentary for the methodologist and is not part of this text.
//
// Shared by the web application (web/src/components/Ref.tsx) and the documents
// (src/documents/tree.ts): no imports, so the web build takes it as it is.

export type RefLang = 'kk' | 'ru' | 'en';

export interface RefParts {
  paragraph?: string;
  appendix?: string;
  row?: string;
  note?: string;
}

const NUM = String.raw`\d+(?:\.\d+)*`;
const RANGE = String.raw`(${NUM})(?:\s*[–-]\s*(${NUM}))?`;
const span = (a: string, b?: string) => (b ? `${a}–${b}` : a);

const WORDS = {
  ru: { app: 'приложение', apps: 'приложения', row: 'строка', rows: 'строки', table: 'таблица', col: 'графа', cols: 'графы', section: 'раздел', central: 'центральные', local: 'местные' },
  kk: { app: 'қосымша', row: 'жол', table: 'кесте', col: 'баған', section: 'бөлім', central: 'орталық', local: 'жергілікті' },
} as const;

/** Russian noun before the number, Kazakh noun after it with a hyphen («6-қосымша»). */
function numbered(lang: 'ru' | 'kk', one: string, many: string, n: string): string {
  return lang === 'ru' ? `${n.includes('–') ? many : one} ${n}` : `${n}-${one}`;
}

/** One part of a reference (any of paragraph, appendix, row) in Russian or Kazakh. */
function localise(s: string, lang: 'ru' | 'kk', bareRow: boolean): string {
  const w = lang === 'ru' ? WORDS.ru : { ...WORDS.kk, apps: WORDS.kk.app, rows: WORDS.kk.row, cols: WORDS.kk.col };
  let out = s
    // the spec's own commentary in brackets («p.83 (not covered; seed-004b A-4)»): English, left out
    .replace(/\s*\([^()]*[A-Za-z]{2,}[^()]*\)/g, '')
    // a paragraph of the order that approved the methodology («Order p.5»)
    .replace(new RegExp(String.raw`\bOrder\s+p\.\s*(${NUM})`, 'g'), (_, n: string) => (lang === 'ru' ? `п. ${n} приказа` : `бұйрықтың ${n}-тармағы`))
    // paragraphs: p.31, ¶36–37, §29–§30, ¶4.10, §7(1)
    .replace(new RegExp(String.raw`(?:p\.\s*|¶|§)(${NUM})(?:\((\d+)\))?(?:\s*[–-]\s*(?:p\.\s*|¶|§)?(${NUM}))?`, 'g'), (_, a: string, sub: string | undefined, b: string | undefined) => {
      const n = span(a, b);
      if (sub) return lang === 'ru' ? `подп. ${sub}) п. ${n}` : `${n}-тармақтың ${sub}) тармақшасы`;
      return lang === 'ru' ? `п. ${n}` : `${n}-тармақ`;
    })
    .replace(new RegExp(String.raw`\bApp\s*${RANGE}`, 'g'), (_, a: string, b?: string) => numbered(lang, w.app, w.apps, span(a, b)))
    .replace(new RegExp(String.raw`\bTable\s*${RANGE}`, 'g'), (_, a: string, b?: string) => numbered(lang, w.table, w.table, span(a, b)))
    .replace(new RegExp(String.raw`\bcol\.\s*${RANGE}`, 'g'), (_, a: string, b?: string) => numbered(lang, w.col, w.cols, span(a, b)))
    .replace(new RegExp(String.raw`\bsection\s*${RANGE}`, 'g'), (_, a: string, b?: string) => numbered(lang, w.section, w.section, span(a, b)))
    // «App 10 row 2.1»: the row of the appendix's table, after a comma
    .replace(/(?<=[^,\s])\s+rows?\s+([\w.]+(?:\s*[–-]\s*[\w.]+)?)/g, (_, n: string) => ', ' + numbered(lang, w.row, w.rows, n.replace(/\s/g, '').replace('-', '–')))
    .replace(/\brows?\s+([\w.]+(?:\s*[–-]\s*[\w.]+)?)/g, (_, n: string) => numbered(lang, w.row, w.rows, n.replace(/\s/g, '').replace('-', '–')))
    // the rows of a table kept apart for central and local bodies
    .replace(/\b(central|local)\s+(\d+)/g, (_, k: 'central' | 'local', n: string) => `${w[k]} ${n}`);
  // A row given by its number or code alone («2», «3–5», «OD1», «Table 1, OD1»): «строка 2» / «2-жол».
  if (bareRow) out = out.split(', ').map((p) => (/^[A-Z]{0,3}\d+(?:\.\d+)*(?:–\d+)?$|^[A-Z]$/.test(p) ? numbered(lang, w.row, w.rows, p) : p)).join(', ');
  return out;
}

/**
 * The reference's paragraph, appendix and row in the language, joined by `sep` (« · » on screen,
 * «, » in running text). Empty for no reference.
 */
export function refText(ref: RefParts | null | undefined, lang: RefLang, sep = ' · '): string {
  if (!ref) return '';
  if (lang === 'en') {
    const row = ref.row && (/^[A-Za-z]{3,}/.test(ref.row) ? ref.row : `row ${ref.row}`);
    return [ref.paragraph, ref.appendix, row].filter(Boolean).join(sep);
  }
  return [ref.paragraph && localise(ref.paragraph, lang, false), ref.appendix && localise(ref.appendix, lang, false), ref.row && localise(ref.row, lang, true)].filter(Boolean).join(sep);
}
