// A conclusion as a PDF (pdfkit), with the DejaVu Serif TTF fonts of the `dejavu-fonts-ttf` npm package:
// they cover every Kazakh letter (ә ғ қ ң ө ұ ү һ і), which the PDF standard fonts do not. The layout is
// the DOCX one; a SYNTHETIC banner is drawn at the top and bottom of every page.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import PDFDocument from 'pdfkit';
import type { ConclusionDoc } from './model.js';

type Pdf = InstanceType<typeof PDFDocument>;

let fonts: { regular: Buffer; bold: Buffer; italic: Buffer } | null = null;
/** The font files are read once per process (they are 350 KB each; pdfkit embeds only the glyphs used). */
function loadFonts() {
  if (!fonts) {
    const req = createRequire(import.meta.url);
    const f = (name: string) => readFileSync(req.resolve(`dejavu-fonts-ttf/ttf/${name}.ttf`));
    fonts = { regular: f('DejaVuSerif'), bold: f('DejaVuSerif-Bold'), italic: f('DejaVuSerif-Italic') };
  }
  return fonts;
}

const WIDTHS = [0.08, 0.74, 0.18];
const PAD = 4;

function table(doc: Pdf, d: ConclusionDoc): void {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const t = d.table;
  const cols = (t ? t.widths.map((w) => w / 100) : WIDTHS).map((w) => w * width);
  const head = t ? t.columns : d.columns;
  const size = t ? 9 : 10;
  const drawRow = (cells: string[], bold: boolean) => {
    doc.font(bold ? 'bold' : 'regular').fontSize(size);
    const h = Math.max(...cells.map((c, i) => doc.heightOfString(c || ' ', { width: cols[i]! - 2 * PAD }))) + 2 * PAD;
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      if (cells !== head) drawRow(head, true); // repeat the header on the new page
      doc.font(bold ? 'bold' : 'regular').fontSize(size);
    }
    const y = doc.y;
    let x = left;
    cells.forEach((c, i) => {
      doc.rect(x, y, cols[i]!, h).lineWidth(0.5).stroke();
      doc.text(c, x + PAD, y + PAD, { width: cols[i]! - 2 * PAD, align: i === 0 || (!t && i === 2) ? 'center' : 'left' });
      x += cols[i]!;
    });
    doc.x = left;
    doc.y = y + h;
  };
  drawRow(head, true);
  if (t) for (const r of t.rows) drawRow(r, false);
  else for (const r of d.rows) drawRow([r.no, r.label, r.value], r.total);
  doc.moveDown(0.8);
  if (t?.footer) {
    doc.font('regular').fontSize(11).text(t.footer, left, doc.y, { width });
    doc.moveDown(0.8);
  }
}

function banner(doc: Pdf, text: string): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Drawing inside the margins must not flow onto a new page: lift the bottom margin while we do.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const w = doc.page.width - doc.page.margins.left - doc.page.margins.right;
    doc.font('bold').fontSize(8).fillColor('#C00000');
    doc.text(`*** ${text} ***`, doc.page.margins.left, 20, { width: w, align: 'center', lineBreak: false });
    doc.text(`*** ${text} ***`, doc.page.margins.left, doc.page.height - 30, { width: w, align: 'center', lineBreak: false });
    doc.fillColor('black');
    doc.page.margins.bottom = bottom;
  }
}

export function renderPdf(d: ConclusionDoc): Promise<Buffer> {
  const f = loadFonts();
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 70, right: 42 },
    bufferPages: true,
    info: { Title: d.title, Creator: 'tiimdi', Producer: 'tiimdi (pdfkit)' },
  });
  doc.registerFont('regular', f.regular);
  doc.registerFont('bold', f.bold);
  doc.registerFont('italic', f.italic);
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  const text = (s: string, o: { font?: 'regular' | 'bold' | 'italic'; size?: number; align?: 'left' | 'center' | 'right' | 'justify'; gap?: number } = {}) => {
    doc.font(o.font ?? 'regular').fontSize(o.size ?? 11).text(s, { align: o.align ?? 'left' });
    if (o.gap) doc.moveDown(o.gap);
  };
  text(d.appendix, { size: 9, align: 'right' });
  text(d.act, { size: 9, align: 'right', font: 'italic' });
  text(d.formWord, { size: 9, align: 'right', gap: 1 });
  text(d.title, { font: 'bold', size: 12, align: 'center', gap: 1 });
  text(d.bodyName, { font: 'bold', align: 'center' });
  text(d.bodyCaption, { size: 8, font: 'italic', align: 'center', gap: 0.3 });
  text(d.period, { align: 'center' });
  text(d.periodCaption, { size: 8, font: 'italic', align: 'center', gap: 1 });
  table(doc, d);
  if (d.level) text(d.level, { font: 'bold', gap: 0.8 });
  if (d.analysisHeading) {
    text(`${d.analysisHeading}:`, { font: 'bold', gap: 0.4 });
    for (const a of d.analysis) {
      text(a.heading, { font: 'bold', size: 10.5 });
      if (a.text) text(a.text, { size: 10.5, align: 'justify' });
      doc.moveDown(0.4);
    }
    text(`${d.conclusionsHeading}:`, { font: 'bold', gap: 0.4 });
    for (const c of d.conclusionFacts) text(c, { size: 10.5 });
    if (d.conclusionFacts.length) doc.moveDown(0.4);
    for (const c of d.conclusions) text(c, { size: 10.5, align: 'justify', gap: 0.4 });
    doc.moveDown(0.6);
  }
  text(d.preparedBy, { font: 'italic', size: 9, gap: 1 });
  for (const s of d.signatures) {
    text(s, { size: 10.5 });
    text(d.signatureCaption, { size: 9, gap: 0.8 });
  }
  text(d.date, { gap: 1 });
  text(d.footer, { size: 7, font: 'italic' });
  if (d.banner) banner(doc, d.banner);
  doc.end();
  return done;
}
