// "Conclusions and recommendations" drafted from the trace: the unreliable facts and the penalty
// deducted, the weakest indicators with their paragraph, and the branches that cost points. The
// draft is plain editable text: an evaluator rewrites it before the document is generated, and the
// document functions print whatever final text they are given.
import { L } from '../engine/build.js';
import { D } from '../engine/decimal.js';
import type { ConclusionFormData } from '../engine/conclusion.js';
import type { BodyResult, EditionDecl, Labels, Lang, NodeTrace } from '../engine/types.js';
import { num, tr } from './labels.js';
import { fieldLabel, nodeIndex, qualifiedLabel, refText, subtreeIds } from './tree.js';

/** The narrative of a conclusion: one text per "analysis by criteria" item, and the conclusions. */
export interface ConclusionText {
  analysis: string[];
  conclusions: string;
}

const W = {
  score: L('Баға: {v} / {max} ({pct} %); {ref}.', 'Оценка: {v} из {max} ({pct} %); {ref}.', 'Score: {v} of {max} ({pct} %); {ref}.'),
  scoreNoMax: L('Баға: {v}; {ref}.', 'Оценка: {v}; {ref}.', 'Score: {v}; {ref}.'),
  weakIn: L('Ең әлсіз көрсеткіштер: {list}.', 'Наиболее слабые показатели: {list}.', 'Weakest indicators: {list}.'),
  weakItem: L('«{label}» — {v} / {max} ({ref})', '«{label}» — {v} из {max} ({ref})', '“{label}” — {v} of {max} ({ref})'),
  penalty: L(
    '{label}: {v} балл шегерілді ({ref}). Анықталған фактілер: {facts}.',
    '{label}: вычтено {v} балла ({ref}). Установленные факты: {facts}.',
    '{label}: {v} points deducted ({ref}). Facts established: {facts}.',
  ),
  noPenalty: L(
    'Дұрыс емес ақпарат фактілері анықталған жоқ, ол үшін айыппұл балдары шегерілген жоқ.',
    'Факты представления недостоверной информации не установлены, штрафные баллы за нее не вычитались.',
    'No facts of unreliable information were established; no penalty points were deducted for it.',
  ),
  lost: L(
    'Балл жоғалтқан ережелер: {list}.',
    'Правила, из-за которых потеряны баллы: {list}.',
    'Rules that cost points: {list}.',
  ),
  lostItem: L('{id} «{label}»: −{lost} — {kind} [{trace}]', '{id} «{label}»: −{lost} — {kind} [{trace}]', '{id} “{label}”: −{lost} — {kind} [{trace}]'),
  total: L('Қорытынды баға: {v}{level}.', 'Итоговая оценка: {v}{level}.', 'Final score: {v}{level}.'),
  levelPart: L(', тиімділік деңгейі — «{l}»', ', уровень эффективности — «{l}»', ', level of effectiveness: “{l}”'),
  recommend: L(
    'Ұсыным: «{label}» көрсеткіші бойынша жұмысты {ref} талаптарына сәйкес келтіру.',
    'Рекомендация: привести работу по показателю «{label}» в соответствие с требованиями ({ref}).',
    'Recommendation: bring the work on “{label}” in line with the requirements of {ref}.',
  ),
  recommendFacts: L(
    'Ұсыным: есептік ақпараттың дұрыстығын ұсынар алдында ішкі тексеруді күшейту.',
    'Рекомендация: усилить внутреннюю проверку достоверности отчетной информации до ее представления.',
    'Recommendation: strengthen the internal check of reporting information before it is submitted.',
  ),
};

/** What kind of rule a trace branch is, in words (the branch itself is quoted from the trace). */
const BRANCH_KINDS: { re: RegExp; label: Labels }[] = [
  { re: /floor at 0/i, label: L('теріс нәтиже 0-ге теңестірілді', 'отрицательный результат приравнен к 0', 'negative result floored at 0') },
  { re: /\(cap\)|capped|above the maximum/i, label: L('нәтиже шекпен шектелді', 'результат ограничен пределом', 'result capped') },
  { re: /^[\w.]+: [\d.]+ → 0$/, label: L('шкала бойынша 0 балл', 'по шкале 0 баллов', 'the band gives 0 points') },
  {
    re: /not assessed|absent|no .*: |= 0\b|== 0|zero/i,
    label: L('нөлдік бөлгіш немесе дерек жоқ', 'нулевой знаменатель или отсутствие данных', 'zero denominator or missing data'),
  },
];
const OTHER_RULE = L('ереже қолданылды', 'применено правило', 'rule applied');

/** Exact trace values have up to 40 digits; two decimals are enough in a sentence. */
const shortNumbers = (s: string) => s.replace(/(\d+\.\d{2})\d{3,}/g, '$1…');
/** A node's maximum: the trace's, else the declared number for the body's kind (some traces omit it). */
function maxFor(edition: EditionDecl, body: BodyResult, id: string): string | null {
  const t = body.traces[id];
  if (t?.max) return t.max;
  const m = nodeIndex(edition).get(id)?.max?.[body.kind];
  return m !== undefined && /^-?\d+(\.\d+)?$/.test(String(m)) ? String(m) : null;
}
const isPenalty = (id: string) => /(^|\.)PEN(\.|$)/.test(id);
const pct = (v: string, max: string) => D(v).div(max).mul(100).toDecimalPlaces(1).toString();

interface Scored {
  id: string;
  t: NodeTrace;
  max: string;
  ratio: ReturnType<typeof D>;
  lost: ReturnType<typeof D>;
}

/** Criteria and indicators under the given roots with a maximum, weakest (lowest score/max) first. */
function weakest(edition: EditionDecl, body: BodyResult, roots: readonly string[]): Scored[] {
  const idx = nodeIndex(edition);
  const seen = new Set<string>();
  const out: Scored[] = [];
  for (const r of roots)
    for (const id of subtreeIds(edition, r)) {
      const n = idx.get(id);
      const t = body.traces[id];
      if (seen.has(id) || !n || !t || isPenalty(id) || (n.level !== 'criterion' && n.level !== 'indicator')) continue;
      seen.add(id);
      const max = maxFor(edition, body, id);
      if (max === null || !D(max).gt(0)) continue;
      const ratio = D(t.value).div(max);
      if (ratio.gte(1)) continue;
      out.push({ id, t, max, ratio, lost: D(max).minus(t.value) });
    }
  return out.sort((a, b) => a.ratio.cmp(b.ratio) || b.lost.cmp(a.lost) || a.id.localeCompare(b.id));
}

/** Nodes that lost points and whose trace took a branch (readings are choices, not losses), most points lost first. */
function costlyBranches(edition: EditionDecl, body: BodyResult, roots: readonly string[], lang: Lang): string[] {
  const idx = nodeIndex(edition);
  const items: { rank: number; lost: ReturnType<typeof D>; text: string }[] = [];
  const seen = new Set<string>();
  for (const r of roots)
    for (const id of subtreeIds(edition, r)) {
      const t = body.traces[id];
      const n = idx.get(id);
      const max = maxFor(edition, body, id);
      if (seen.has(id) || !t || !n || isPenalty(id) || max === null) continue;
      seen.add(id);
      const lost = D(max).minus(t.value);
      const branches = t.branches.filter((b) => !b.startsWith('reading '));
      if (!lost.gt(0) || !branches.length) continue;
      // The most telling kind of rule among the node's branches, quoted from the trace.
      const cat = BRANCH_KINDS.findIndex((k) => branches.some((b) => k.re.test(b)));
      const quoted = (cat >= 0 ? branches.filter((b) => BRANCH_KINDS[cat]!.re.test(b)) : branches).slice(0, 2).map(shortNumbers);
      const kind = cat >= 0 ? BRANCH_KINDS[cat]!.label : OTHER_RULE;
      items.push({ rank: cat >= 0 ? cat : BRANCH_KINDS.length, lost, text: tr(W.lostItem, lang, { id, label: n.label[lang], lost: num(lost.toFixed(2), lang), kind: kind[lang], trace: quoted.join('; ') }) });
    }
  // Floors, caps and zero denominators first (the brief's "branches that cost points"), then other rules.
  return items.sort((a, b) => a.rank - b.rank || b.lost.cmp(a.lost)).map((x) => x.text);
}

function penalties(edition: EditionDecl, body: BodyResult, roots: readonly string[], lang: Lang): { lines: string[]; anyFacts: boolean; noneDeducted: boolean } {
  const lines: string[] = [];
  // The unreliable-information penalties sit at the top: `PEN` under the root, `D<n>.PEN` under a direction.
  const top = new Set([edition.root.id, ...(edition.root.children ?? []).map((c) => c.id)]);
  let topPenalties = 0;
  let topDeducted = 0;
  const ids = new Set(roots.flatMap((r) => subtreeIds(edition, r)));
  for (const id of ids) {
    if (!/(^|\.)PEN$/.test(id) || !body.traces[id]) continue;
    const t = body.traces[id]!;
    const parent = id === 'PEN' ? edition.root.id : id.slice(0, -'.PEN'.length);
    if (top.has(parent)) {
      topPenalties++;
      if (D(t.value).gt(0)) topDeducted++;
    }
    if (!D(t.value).gt(0)) continue;
    // The facts are the inputs of the penalty node and of its itemised children (late, incomplete, unreliable).
    const traces = [t, ...subtreeIds(edition, id).slice(1).map((c) => body.traces[c]).filter((x): x is NodeTrace => !!x && D(x.value).gt(0))];
    const facts = traces
      .flatMap((x) => x.inputs)
      .filter((i) => i.value !== '0' && i.value !== 'false')
      .map((i) => `${fieldLabel(edition, i.form, i.field, lang)} (${i.form}.${i.field}) = ${i.value}`);
    lines.push(tr(W.penalty, lang, { label: qualifiedLabel(edition, id, lang), v: num(t.value, lang), ref: refText(t.ref, lang), facts: [...new Set(facts)].join('; ') || '—' }));
  }
  return { lines, anyFacts: lines.length > 0, noneDeducted: topPenalties > 0 && topDeducted === 0 };
}

/** The roots of a form's scope: the nodes its rows and conclusions show. */
const scopeOf = (form: ConclusionFormData) => [...new Set([...form.rows.map((r) => r.node), ...form.conclusionsNodes].filter(Boolean))];

/** Draft the analysis items and the conclusions of one form for one body, in one language. */
export function draftFindings(edition: EditionDecl, form: ConclusionFormData, body: BodyResult, lang: Lang, opts: { weakest?: number } = {}): ConclusionText {
  const idx = nodeIndex(edition);
  const nWeak = opts.weakest ?? 3;
  const numbered = form.rows.filter((r) => r.no && r.node);
  const analysis = form.analysis.map((_, i) => {
    const row = numbered[i];
    const t = row ? body.traces[row.node] : undefined;
    if (!row || !t) return '';
    const max = maxFor(edition, body, row.node);
    const parts = [
      max !== null && D(max).gt(0)
        ? tr(W.score, lang, { v: num(t.value, lang), max: num(max, lang), pct: num(pct(t.value, max), lang), ref: refText(t.ref, lang) })
        : tr(W.scoreNoMax, lang, { v: num(t.value, lang), ref: refText(t.ref, lang) }),
    ];
    const weak = weakest(edition, body, [row.node]).filter((w) => w.id !== row.node).slice(0, 2);
    if (weak.length) parts.push(tr(W.weakIn, lang, { list: weak.map((w) => weakItem(w, idx, lang)).join('; ') }));
    return parts.join(' ');
  });

  const scope = scopeOf(form);
  const pen = penalties(edition, body, scope, lang);
  const paras: string[] = [];
  const last = form.rows[form.rows.length - 1];
  const total = last?.node ? body.values[last.node] : undefined;
  if (total !== undefined && last) {
    const level = body.levels[last.node];
    const levelLabel = level ? edition.levels?.find((l) => l.id === level)?.label[lang] : undefined;
    paras.push(tr(W.total, lang, { v: num(total, lang), level: levelLabel ? tr(W.levelPart, lang, { l: levelLabel }) : '' }));
  }
  if (pen.noneDeducted) paras.push(W.noPenalty[lang]);
  paras.push(...pen.lines);
  const weak = weakest(edition, body, scope).slice(0, nWeak);
  if (weak.length) paras.push(tr(W.weakIn, lang, { list: weak.map((w) => weakItem(w, idx, lang)).join('; ') }));
  const costly = costlyBranches(edition, body, scope, lang).slice(0, 5);
  if (costly.length) paras.push(tr(W.lost, lang, { list: costly.join('; ') }));
  for (const w of weak) paras.push(tr(W.recommend, lang, { label: idx.get(w.id)?.label[lang] ?? w.id, ref: refText(w.t.ref, lang) }));
  if (pen.anyFacts) paras.push(W.recommendFacts[lang]);
  return { analysis, conclusions: paras.join('\n\n') };
}

function weakItem(w: Scored, idx: Map<string, { label: Labels }>, lang: Lang): string {
  return tr(W.weakItem, lang, { label: idx.get(w.id)?.label[lang] ?? w.id, v: num(w.t.value, lang), max: num(w.max, lang), ref: refText(w.t.ref, lang) });
}

// The editable plain-text form of a draft: "## " headings, one per analysis item, then the conclusions.
const CONCLUSIONS_MARK = '## *';

/** The draft as a text file an evaluator edits (`tiimdi findings … > f.txt`, then `conclusion --text f.txt`). */
export function findingsToText(form: ConclusionFormData, text: ConclusionText, lang: Lang): string {
  const items = form.analysis.map((h, i) => `## ${i + 1}. ${h[lang]}\n${text.analysis[i] ?? ''}`);
  return [...items, `${CONCLUSIONS_MARK} ${L('Қорытындылар мен ұсынымдар', 'Выводы и рекомендации', 'Conclusions and recommendations')[lang]}\n${text.conclusions}`].join('\n\n') + '\n';
}

/** Read an edited draft back: the text under each "## n." heading, and under "## *". */
export function parseFindingsText(s: string, items: number): ConclusionText {
  const analysis: string[] = Array.from({ length: items }, () => '');
  let conclusions = '';
  let target: { i: number } | 'c' | null = null;
  const buf: string[] = [];
  const flush = () => {
    const text = buf.join('\n').trim();
    if (target === 'c') conclusions = text;
    else if (target && target.i < items) analysis[target.i] = text;
    buf.length = 0;
  };
  for (const line of s.split(/\r?\n/)) {
    const m = /^##\s+(\d+)\./.exec(line);
    if (m || line.startsWith(CONCLUSIONS_MARK)) {
      flush();
      target = m ? { i: Number(m[1]) - 1 } : 'c';
    } else buf.push(line);
  }
  flush();
  return { analysis, conclusions };
}
