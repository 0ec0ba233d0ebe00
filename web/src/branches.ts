// The trace's branches in the user's language (the explanation drawer, components/Explanation.tsx).
// No imports: the root tsconfig (NodeNext) also compiles this file through its unit test.
type Lang = 'kk' | 'ru' | 'en';
type Labels = Record<Lang, string>;

const pick = (l: Partial<Labels> | undefined, lang: Lang): string => l?.[lang] ?? l?.en ?? '';

/** What the branches need of an edition: its readings with their options, and its parameters. */
export interface BranchEdition {
  readings: readonly { id: string; label: Labels; options: readonly { value: string; label: Labels }[] }[];
  parameters: readonly { name: string; label?: Labels }[];
}

/**
 * A branch of the trace in the user's language. The engine writes its own branches in a fixed form
 * (src/engine/evaluate.ts): `reading ID = option`, the floor at 0, the cap at the maximum and band
 * lookups `param: x → points`; these are rebuilt from the edition's labels. Any other branch is the
 * edition's English text (a `cases` branch or a compute formula's decision): it is shown as written,
 * marked as English, in every language.
 */
export function branchView(b: string, edition: BranchEdition | undefined, lang: Lang, t: (k: string, o?: Record<string, string>) => string): { text: string; english: boolean } {
  let m = /^reading (\S+) = (\S+)$/.exec(b);
  if (m) {
    const r = edition?.readings.find((x) => x.id === m![1]);
    const o = r?.options.find((x) => x.value === m![2]);
    return { text: t('explain.branchReading', { id: m[1]!, reading: pick(r?.label, lang) || m[1]!, option: o ? pick(o.label, lang) : m[2]! }), english: false };
  }
  m = /^negative result (\S+) → 0 \(floor at 0\)$/.exec(b);
  if (m) return { text: t('explain.branchFloor', { v: m[1]! }), english: false };
  m = /^result (\S+) above the maximum → (\S+) \(cap\)$/.exec(b);
  if (m) return { text: t('explain.branchCap', { v: m[1]!, max: m[2]! }), english: false };
  m = /^(\S+): (-?[\d.]+) → (-?[\d.]+)$/.exec(b);
  const p = m && edition?.parameters.find((x) => x.name === m![1]);
  if (m && p) return { text: `${pick(p.label, lang) || m[1]}: ${m[2]} → ${m[3]}`, english: false };
  return { text: b, english: true };
}

