// Helpers for the documents tests: read a file out of a ZIP (DOCX, XLSX) and the text of a PDF,
// with node's zlib only, so the tests need nothing the project does not already install.
import { execFileSync } from 'node:child_process';
import { inflateRawSync, inflateSync } from 'node:zlib';

/** The names of the entries of a ZIP archive. */
export function zipEntries(zip: Buffer): string[] {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  let p = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = zip.readUInt16LE(eocd + 10); i > 0; i--) {
    const nameLen = zip.readUInt16LE(p + 28);
    names.push(zip.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return names;
}

/** One entry of a ZIP archive, found through the central directory (sizes in local headers may be 0). */
export function unzipEntry(zip: Buffer, name: string): Buffer {
  let eocd = zip.length - 22;
  while (eocd >= 0 && zip.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('not a zip file');
  let p = zip.readUInt32LE(eocd + 16);
  const count = zip.readUInt16LE(eocd + 10);
  for (let i = 0; i < count; i++) {
    const method = zip.readUInt16LE(p + 10);
    const size = zip.readUInt32LE(p + 20);
    const nameLen = zip.readUInt16LE(p + 28);
    const skip = nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
    const entry = zip.toString('utf8', p + 46, p + 46 + nameLen);
    if (entry === name) {
      const local = zip.readUInt32LE(p + 42);
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    }
    p += 46 + skip;
  }
  throw new Error(`no ${name} in the zip`);
}

/** The visible text of word/document.xml (runs joined, paragraphs on lines); with `headers`, the page headers and footers first. */
export function docxText(docx: Buffer, headers = false): string {
  const parts = headers ? zipEntries(docx).filter((n) => /^word\/(header|footer)\d*\.xml$/.test(n)) : [];
  const xml = [...parts, 'word/document.xml'].map((n) => unzipEntry(docx, n).toString('utf8')).join('\n');
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Pages of a PDF, counted from its page objects. */
export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type \/Page\b(?!s)/g) ?? []).length;
}

/** Every stream of the PDF, inflated where compressed (the ToUnicode maps say which characters are drawn). */
export function pdfStreams(pdf: Buffer): string {
  const s = pdf.toString('latin1');
  const out: string[] = [];
  const re = /(?<!end)stream\r?\n/g; // not the tail of "endstream"
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    const end = s.indexOf('endstream', start);
    if (end < 0) break;
    const raw = pdf.subarray(start, end);
    try {
      out.push(inflateSync(raw).toString('latin1'));
    } catch {
      out.push(raw.toString('latin1'));
    }
    re.lastIndex = end;
  }
  return out.join('\n');
}

/** Characters the PDF's ToUnicode maps can produce (e.g. <04D9> for ә). */
export function pdfMappedChars(pdf: Buffer): Set<string> {
  const chars = new Set<string>();
  for (const m of pdfStreams(pdf).matchAll(/<([0-9a-fA-F]{4})>/g)) chars.add(String.fromCodePoint(parseInt(m[1]!, 16)));
  return chars;
}

/** pdftotext's output, or null where poppler-utils is not installed. */
export function pdfToText(pdf: Buffer): string | null {
  try {
    return execFileSync('pdftotext', ['-layout', '-', '-'], { input: pdf, encoding: 'utf8' });
  } catch {
    return null;
  }
}
