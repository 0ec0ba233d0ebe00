// A zip bomb guard for uploaded .xlsx files (a .xlsx is a zip): before anything is inflated, read
// the zip's central directory and refuse archives whose declared uncompressed size or entry count
// is absurd. A lying directory cannot help an attacker much: ExcelJS then fails on a mismatch.
export const MAX_UNCOMPRESSED = 64 * 1024 * 1024;
export const MAX_ENTRIES = 2000;

export function zipProblem(buf: Buffer): string | undefined {
  // End of central directory: signature 0x06054b50, within the last 64 KiB + 22 bytes.
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 65_557); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return 'not a .xlsx (zip) file';
  const entries = buf.readUInt16LE(eocd + 10);
  const dirOffset = buf.readUInt32LE(eocd + 16);
  if (entries > MAX_ENTRIES) return `the workbook holds ${entries} parts (at most ${MAX_ENTRIES})`;
  let total = 0;
  for (let i = 0, p = dirOffset; i < entries; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== 0x02014b50) return 'the zip directory is damaged';
    total += buf.readUInt32LE(p + 24);
    if (total > MAX_UNCOMPRESSED) return `the workbook unpacks to more than ${MAX_UNCOMPRESSED / 1024 / 1024} MiB`;
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
  }
  return undefined;
}
