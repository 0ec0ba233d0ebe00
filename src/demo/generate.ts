// Synthetic inputs for any edition, generated from its form declarations: every declared field gets
// a plausible value inside its declared range, parts stay below their totals, and the same seed
// always gives the same campaign. The output is marked synthetic and must never be shown as an
// official result.
import type { BodyInput, CampaignInput, ConstraintDecl, EditionDecl, FieldDecl, FormData, Labels } from '../engine/types.js';
import { applies, satisfies } from '../engine/validate.js';

/** mulberry32: a small, well-known seeded PRNG (deterministic demo data). */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rand = () => number;

/**
 * Plausible ranges for synthetic values, by `form.field` (or `form.list.field` for list rows): for a
 * field that is part of a total, the range of its share of the total; otherwise the range of the value.
 * Demo hints only — they are not law and live outside the editions.
 */
export type Profile = Readonly<Record<string, readonly [number, number]>>;

function numberIn(f: FieldDecl, rnd: Rand, whole?: number, hint?: readonly [number, number]): number | string {
  const lo = f.min !== undefined ? Number(f.min) : 0;
  if (hint) {
    const [a, b] = hint;
    const v = (whole !== undefined ? whole : 1) * (a + (b - a) * rnd());
    const bounded = Math.min(f.max !== undefined ? Number(f.max) : Infinity, Math.max(lo, whole !== undefined ? Math.min(v, whole) : v));
    return f.type === 'integer' ? Math.floor(bounded) : (Math.floor(bounded * 100) / 100).toFixed(2);
  }
  if (whole !== undefined) {
    // parts of a total (late services, breaches…) are usually a small share of it
    const share = rnd() ** 3;
    const v = whole * share;
    return f.type === 'integer' ? Math.floor(v) : (Math.floor(v * 100) / 100).toFixed(2);
  }
  if (f.max !== undefined) {
    const hi = Number(f.max);
    // skew towards the upper half: most bodies do most of what the act asks
    const u = 1 - rnd() ** 2 * 0.9;
    const v = lo + (hi - lo) * u;
    return f.type === 'integer' ? Math.round(v) : (Math.round(v * 100) / 100).toFixed(2);
  }
  // unbounded counts: log-uniform between max(1, min) and 20 × that, at least 20 000
  const floor = Math.max(1, lo);
  const v = floor * Math.exp(rnd() * Math.log(Math.max(20000, 20 * floor) / floor));
  return f.type === 'integer' ? Math.round(v) : (Math.round(v * 100) / 100).toFixed(2);
}

/** Fill a record; redraw (up to 500 times) until it satisfies the declared consistency rules. */
function fillRecord(fields: readonly FieldDecl[], kind: string, rnd: Rand, constraints: readonly ConstraintDecl[] = [], profile: Profile = {}, path = ''): FormData {
  for (let attempt = 0; attempt < 500; attempt++) {
    const r = drawRecord(fields, kind, rnd, profile, path);
    if (constraints.every((c) => satisfies(c, r) !== false)) return r;
  }
  throw new Error(`no synthetic record satisfies ${constraints.map((c) => c.rule).join('; ')} after 500 draws`);
}

function drawRecord(fields: readonly FieldDecl[], kind: string, rnd: Rand, profile: Profile, path: string): FormData {
  const out: FormData = {};
  // totals before their parts, and parts before parts of parts
  const byName = new Map(fields.map((f) => [f.name, f]));
  const depth = (f: FieldDecl, seen = 0): number => (f.partOf && seen < 10 ? 1 + depth(byName.get(f.partOf) ?? f, seen + 1) : 0);
  const ordered = [...fields].sort((a, b) => depth(a) - depth(b));
  for (const f of ordered) {
    if (!applies(f.appliesTo, kind)) continue;
    switch (f.type) {
      case 'number':
      case 'integer': {
        const whole = f.partOf !== undefined ? Number(out[f.partOf] ?? 0) : undefined;
        out[f.name] = numberIn(f, rnd, whole, profile[path + f.name]);
        break;
      }
      case 'boolean':
        out[f.name] = rnd() < 0.8;
        break;
      case 'enum': {
        // the acts list the expected answer first (present, full…): most bodies give it
        const vals = f.values ?? [''];
        out[f.name] = rnd() < 0.75 ? vals[0] : vals[Math.floor(rnd() * vals.length)];
        break;
      }
      case 'date':
        out[f.name] = `2018-${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}-${String(1 + Math.floor(rnd() * 28)).padStart(2, '0')}`;
        break;
      case 'text':
        out[f.name] = `SYNTHETIC-${Math.floor(rnd() * 1000)}`;
        break;
      case 'list': {
        const n = 1 + Math.floor(rnd() * 6);
        out[f.name] = Array.from({ length: n }, () => fillRecord(f.item ?? [], kind, rnd, f.constraints, profile, `${path}${f.name}.`));
        break;
      }
    }
  }
  return out;
}

export function syntheticBody(edition: EditionDecl, id: string, name: Labels | string, kind: string, rnd: Rand, profile: Profile = {}): BodyInput {
  const forms: Record<string, FormData> = {};
  for (const form of edition.forms)
    if (applies(form.appliesTo, kind)) forms[form.id] = fillRecord(form.fields, kind, rnd, form.constraints, profile, `${form.id}.`);
  return { id, name, kind, forms };
}

export interface SyntheticOptions {
  seed?: number;
  asOf: string;
  title: string;
  bodies: { id: string; name: Labels | string; kind: string }[];
  profile?: Profile;
}

export function syntheticCampaign(edition: EditionDecl, o: SyntheticOptions): CampaignInput {
  const rnd = prng(o.seed ?? 2017);
  return {
    edition: edition.id,
    asOf: o.asOf,
    title: o.title,
    synthetic: true,
    bodies: o.bodies.map((b) => syntheticBody(edition, b.id, b.name, b.kind, rnd, o.profile)),
  };
}
