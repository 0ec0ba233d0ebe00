// CSV that Excel opens as it is: UTF-8 with a BOM, semicolons (what Excel expects in the kk/ru
// locales, where the comma is the decimal separator), quoted where needed.
export function csv(rows: string[][]): string {
  const q = (s: string) => (/[";\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  return '\ufeff' + rows.map((r) => r.map(q).join(';')).join('\r\n') + '\r\n';
}

export function downloadCsv(text: string, name: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}
