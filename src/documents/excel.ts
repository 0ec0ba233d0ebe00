// Excel exports (exceljs): a campaign's rankings, one sheet per body kind with the directions and
// their levels, and one body's full scorecard (every node with its value, max, formula, reference and
// provenance). Scores are written as numbers (cells keep the reported 2 decimals) so a spreadsheet can
// sort and sum them; a SYNTHETIC campaign's sheets start and end with the banner.
import ExcelJS from 'exceljs';
import { L } from '../engine/build.js';
import type { BodyResult, CampaignResult, EditionDecl, Labels, Lang, LegalRef, Provenance } from '../engine/types.js';
import { nameOf, T } from './labels.js';
import { refText, walkTree } from './tree.js';

type Sheet = ExcelJS.Worksheet;

const RED = { argb: 'FFC00000' };
const asNumber = (v: string | null | undefined): number | string => (v === null || v === undefined || v === '' ? '' : Number(v));

function bannerRow(ws: Sheet, text: string, span: number): void {
  const row = ws.addRow([`*** ${text} ***`]);
  row.font = { bold: true, color: RED };
  ws.mergeCells(row.number, 1, row.number, span);
}

function headerRow(ws: Sheet, cells: string[]): void {
  const row = ws.addRow(cells);
  row.font = { bold: true };
  row.eachCell((c) => {
    c.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } };
    c.border = { bottom: { style: 'thin' } };
  });
}

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (s: string) => s.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31).trim();

const levelLabel = (edition: EditionDecl, id: string | null | undefined, lang: Lang) =>
  id ? (edition.levels?.find((l) => l.id === id)?.label[lang] ?? id) : '';

/** The rankings: per body kind, bodies by rank with the score, level, and each direction (and its level where graded). */
export async function rankingsWorkbook(edition: EditionDecl, result: CampaignResult, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tiimdi';
  const banner = result.synthetic ? T.synthetic[lang] : null;
  const directions = edition.root.children ?? [];
  const graded = new Set(edition.gradedNodes ?? []);
  for (const kind of edition.bodyKinds) {
    const bodies = result.bodies.filter((b) => b.kind === kind.id).sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9) || a.id.localeCompare(b.id));
    if (!bodies.length) continue;
    const dirs = directions.filter((d) => !d.appliesTo || d.appliesTo.includes(kind.id));
    const ws = wb.addWorksheet(sheetName(kind.label[lang]));
    const header = [T.rank[lang], T.id[lang], T.body[lang], T.score[lang], T.level[lang]];
    for (const d of dirs) {
      header.push(`${d.id} ${d.label[lang]}`);
      if (graded.has(d.id)) header.push(`${d.id}: ${T.level[lang]}`);
    }
    if (banner) bannerRow(ws, banner, header.length);
    ws.addRow([`${T.rankings[lang]} — ${edition.act.title[lang]}`]).font = { bold: true };
    ws.addRow([`${T.edition[lang]}: ${edition.id}`, '', `${T.asOf[lang]}: ${result.asOf}`]);
    headerRow(ws, header);
    for (const b of bodies) {
      const cells: (string | number)[] = [b.rank ?? '', b.id, nameOf(b.name, lang, b.id), asNumber(b.score), levelLabel(edition, b.level, lang)];
      for (const d of dirs) {
        cells.push(asNumber(b.values[d.id]));
        if (graded.has(d.id)) cells.push(levelLabel(edition, b.levels[d.id], lang));
      }
      ws.addRow(cells);
    }
    if (banner) bannerRow(ws, banner, header.length);
    ws.columns.forEach((c, i) => {
      c.width = i === 2 ? 48 : i < 2 ? 8 : 14;
      if (i >= 3) c.numFmt = '0.00';
    });
    ws.views = [{ state: 'frozen', ySplit: banner ? 4 : 3 }];
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const provenanceText = (p: Provenance) => [p.kind, p.formulaId, p.decision, p.note].filter(Boolean).join('; ');

/** One body's scorecard: every node that applies to it, in tree order, indented by depth. */
export async function scorecardWorkbook(edition: EditionDecl, result: CampaignResult, body: BodyResult, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tiimdi';
  const ws = wb.addWorksheet(sheetName(`${T.scorecard[lang]} ${body.id}`));
  const banner = result.synthetic ? T.synthetic[lang] : null;
  const header = [T.node[lang], T.label[lang], T.value[lang], T.max[lang], T.formula[lang], T.reference[lang], T.provenance[lang], T.branches[lang]];
  if (banner) bannerRow(ws, banner, header.length);
  ws.addRow([`${T.scorecard[lang]} — ${nameOf(body.name, lang, body.id)} (${body.id})`]).font = { bold: true };
  ws.addRow([`${T.edition[lang]}: ${edition.id}`, edition.act.title[lang]]);
  ws.addRow([T.asOf[lang], result.asOf]);
  ws.addRow([T.kind[lang], edition.bodyKinds.find((k) => k.id === body.kind)?.label[lang] ?? body.kind]);
  ws.addRow([T.score[lang], asNumber(body.score), levelLabel(edition, body.level, lang)]);
  headerRow(ws, header);
  for (const { node, depth } of walkTree(edition)) {
    const t = body.traces[node.id];
    const value = body.values[node.id];
    if (value === undefined) continue; // the node does not apply to this body's kind
    const row = ws.addRow([
      node.id,
      '  '.repeat(depth) + node.label[lang],
      asNumber(value),
      asNumber(t?.max),
      t?.formula ?? '',
      refText(t?.ref ?? (node.ref as LegalRef), lang),
      provenanceText(t?.provenance ?? node.provenance),
      (t?.branches ?? []).join('; '),
    ]);
    if (depth <= 1) row.font = { bold: true };
  }
  if (banner) bannerRow(ws, banner, header.length);
  const widths = [22, 70, 10, 10, 50, 28, 30, 60];
  ws.columns.forEach((c, i) => {
    c.width = widths[i] ?? 14;
    if (i === 2 || i === 3) c.numFmt = '0.00';
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** One row of the campaign's status sheet: a body × a scheduled form. */
export interface StatusRow {
  bodyId: string;
  body: string;
  form: string;
  formLabel: string;
  status: 'not-started' | 'draft' | 'submitted' | 'returned' | 'accepted';
  due: string;
  submittedOn: string | null;
  workingDaysLate: number;
  /** The working-day verdict of src/server/domain/timeliness.ts: on_time, late, missing, pending. */
  timeliness: string;
}

const STATUS_WORDS = {
  'not-started': L('басталмаған', 'не начата', 'not started'),
  draft: L('жоба', 'черновик', 'draft'),
  submitted: L('тапсырылды', 'сдана', 'submitted'),
  returned: L('қайтарылды', 'возвращена', 'returned'),
  accepted: L('қабылданды', 'принята', 'accepted'),
} as const;
const TIMELINESS_WORDS: Record<string, Labels> = {
  on_time: L('мерзімінде', 'в срок', 'on time'),
  late: L('кешіктірілді', 'с опозданием', 'late'),
  missing: L('тапсырылмаған, мерзімі өтті', 'не сдана, срок истёк', 'missing, overdue'),
  pending: L('мерзімі әлі келмеді', 'срок не наступил', 'not yet due'),
};
const STATUS_HEAD = {
  title: L('Нысандардың тапсырылу мәртебесі', 'Статус сдачи форм', 'Status of the forms'),
  today: L('Күні', 'Дата', 'As of'),
  status: L('Мәртебесі', 'Статус', 'Status'),
  due: L('Тапсыру мерзімі', 'Срок сдачи', 'Due'),
  submittedOn: L('Алғаш тапсырылды', 'Впервые сдана', 'First handed in'),
  daysLate: L('Кешіктірілген жұмыс күндері', 'Просрочено рабочих дней', 'Working days late'),
  timeliness: L('Мерзімділігі', 'Своевременность', 'Timeliness'),
};

/** The dashboard as Excel: every body × scheduled form with its status, due date and the working-day verdict. */
export async function statusWorkbook(campaign: { code: string; title: Labels; synthetic: boolean }, rows: StatusRow[], today: string, lang: Lang): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'tiimdi';
  const ws = wb.addWorksheet(sheetName(STATUS_HEAD.title[lang]));
  const header = [T.id[lang], T.body[lang], T.form[lang], '', STATUS_HEAD.status[lang], STATUS_HEAD.due[lang], STATUS_HEAD.submittedOn[lang], STATUS_HEAD.daysLate[lang], STATUS_HEAD.timeliness[lang]];
  const banner = campaign.synthetic ? T.synthetic[lang] : null;
  if (banner) bannerRow(ws, banner, header.length);
  ws.addRow([`${STATUS_HEAD.title[lang]} — ${campaign.title[lang]} (${campaign.code})`]).font = { bold: true };
  ws.addRow([`${STATUS_HEAD.today[lang]}: ${today}`]);
  headerRow(ws, header);
  for (const r of rows) {
    const row = ws.addRow([r.bodyId, r.body, r.form, r.formLabel, STATUS_WORDS[r.status][lang], r.due, r.submittedOn ?? '', r.workingDaysLate, TIMELINESS_WORDS[r.timeliness]?.[lang] ?? r.timeliness]);
    if (r.timeliness === 'late' || r.timeliness === 'missing') row.getCell(9).font = { color: RED };
  }
  if (banner) bannerRow(ws, banner, header.length);
  ws.columns.forEach((c, i) => (c.width = [8, 44, 10, 44, 14, 12, 14, 12, 22][i] ?? 12));
  ws.autoFilter = { from: { row: banner ? 4 : 3, column: 1 }, to: { row: banner ? 4 : 3, column: header.length } };
  ws.views = [{ state: 'frozen', ySplit: banner ? 4 : 3 }];
  return Buffer.from(await wb.xlsx.writeBuffer());
}
