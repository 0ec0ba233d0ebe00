// IIN/BIN (ЖСН/БСН): 12 digits whose last is a check digit. The algorithm is outside the act
// (it is the national identification-number standard); it is checked so a mistyped number in a
// facts file is caught rather than printed on a checklist.

/** Returns a problem description, or null when the number is well formed. */
export function checkIinBin(value: string): string | null {
  if (!/^\d{12}$/.test(value)) return 'expected 12 digits (IIN or BIN)';
  const d = [...value].map(Number);
  const sum = (weights: number[]) => weights.reduce((s, w, i) => s + w * d[i]!, 0) % 11;
  let check = sum([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  if (check === 10) check = sum([3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2]);
  if (check === 10) return 'not a valid IIN/BIN: no check digit exists for these 11 digits';
  if (check !== d[11]) return `not a valid IIN/BIN: the check digit should be ${check}`;
  return null;
}
