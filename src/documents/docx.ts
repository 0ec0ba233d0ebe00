// A conclusion as a Word document (docx): the appendix form's layout — appendix line, title, body name
// and period over their captions, the № | criteria | score table, the level, the analysis items, the
// conclusions and recommendations, the signature block. A SYNTHETIC banner heads every page.
import { AlignmentType, BorderStyle, Document, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ConclusionDoc } from './model.js';

// Times New Roman has every Kazakh letter and is what the acts' forms are typed in.
const FONT = 'Times New Roman';
const run = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; color?: string } = {}) =>
  new TextRun({ text, font: FONT, size: o.size ?? 24, bold: o.bold, italics: o.italics, color: o.color });
const para = (text: string, o: { bold?: boolean; italics?: boolean; size?: number; align?: (typeof AlignmentType)[keyof typeof AlignmentType]; after?: number; color?: string } = {}) =>
  new Paragraph({ alignment: o.align, spacing: { after: o.after ?? 80 }, children: [run(text, o)] });
const bannerPara = (text: string) => para(`*** ${text} ***`, { bold: true, align: AlignmentType.CENTER, color: 'C00000', size: 20 });

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const borders = { top: line, bottom: line, left: line, right: line };
const WIDTHS = [8, 76, 16];

function cell(text: string, col: number, bold = false, widths: number[] = WIDTHS, size?: number): TableCell {
  return new TableCell({
    borders,
    width: { size: widths[col]!, type: WidthType.PERCENTAGE },
    children: [para(text, { bold, size, align: col === 0 ? AlignmentType.CENTER : widths === WIDTHS && col === 2 ? AlignmentType.CENTER : AlignmentType.LEFT, after: 0 })],
  });
}

function scoreTable(d: ConclusionDoc): Table {
  if (d.table) {
    const t = d.table;
    const header = new TableRow({ tableHeader: true, children: t.columns.map((c, i) => cell(c, i, true, t.widths, 20)) });
    const rows = t.rows.map((r) => new TableRow({ children: r.map((c, i) => cell(c, i, false, t.widths, 20)) }));
    return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
  }
  const header = new TableRow({ tableHeader: true, children: d.columns.map((c, i) => cell(c, i, true)) });
  const rows = d.rows.map((r) => new TableRow({ children: [cell(r.no, 0, r.total), cell(r.label, 1, r.total), cell(r.value, 2, r.total)] }));
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] });
}

export async function renderDocx(d: ConclusionDoc): Promise<Buffer> {
  const right = AlignmentType.RIGHT;
  const center = AlignmentType.CENTER;
  // The SYNTHETIC banner is in the header and footer, so on every page (not repeated in the body).
  const children: (Paragraph | Table)[] = [
    para(d.appendix, { align: right, size: 20 }),
    para(d.act, { align: right, size: 20, italics: true }),
    para(d.formWord, { align: right, size: 20, after: 240 }),
    para(d.title, { bold: true, align: center, after: 240 }),
    para(d.bodyName, { align: center, bold: true, after: 0 }),
    para(d.bodyCaption, { align: center, size: 18, italics: true }),
    para(d.period, { align: center, after: 0 }),
    para(d.periodCaption, { align: center, size: 18, italics: true, after: 240 }),
    scoreTable(d),
  ];
  children.push(para('', { after: 120 }));
  if (d.table?.footer) children.push(para(d.table.footer, { after: 240 }));
  if (d.level) children.push(para(d.level, { bold: true, after: 240 }));
  if (d.analysisHeading) {
    children.push(para(`${d.analysisHeading}:`, { bold: true, after: 120 }));
    for (const a of d.analysis) children.push(para(a.heading, { bold: true, after: 40 }), para(a.text || ' ', { after: 120 }));
    children.push(para(`${d.conclusionsHeading}:`, { bold: true, after: 120 }));
    for (const f of d.conclusionFacts) children.push(para(f, { after: 60 }));
    for (const c of d.conclusions) children.push(para(c, { after: 120, align: AlignmentType.JUSTIFIED }));
  }
  children.push(para(d.preparedBy, { italics: true, size: 20, after: 240 }));
  for (const s of d.signatures) children.push(para(s, { after: 40 }), para(d.signatureCaption, { size: 20, after: 200 }));
  children.push(para(d.date, { after: 240 }), para(d.footer, { size: 16, italics: true, color: '666666' }));

  const doc = new Document({
    creator: 'tiimdi',
    title: d.title,
    styles: { default: { document: { run: { font: FONT, size: 24 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1134, bottom: 1134, left: 1701, right: 850 } } },
        headers: d.banner ? { default: new Header({ children: [bannerPara(d.banner)] }) } : undefined,
        footers: d.banner ? { default: new Footer({ children: [bannerPara(d.banner)] }) } : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(doc);
}
