// A SYNTHETIC 2013 campaign under the 2014 wording: real ministry and region names, invented figures.
// A seeded generator keeps it deterministic; inputs are consistent (parts ≤ totals; the load-index
// figures R and T are the App 7 totals and the Register rows of the same body).
import type { BodyInput, CampaignInput, Labels } from '../../engine/types.js';
import { L } from '../../engine/build.js';
import { CENTRAL, EDITION_ID, LOCAL } from './common.js';
import { prng as rng } from '../../demo/generate.js';

const CENTRAL_BODIES: [string, Labels][] = [
  ['MJ', L('Қазақстан Республикасының Әділет министрлігі', 'Министерство юстиции Республики Казахстан', 'Ministry of Justice')],
  ['MES', L('Қазақстан Республикасының Білім және ғылым министрлігі', 'Министерство образования и науки Республики Казахстан', 'Ministry of Education and Science')],
  ['MH', L('Қазақстан Республикасының Денсаулық сақтау министрлігі', 'Министерство здравоохранения Республики Казахстан', 'Ministry of Health')],
  ['MIA', L('Қазақстан Республикасының Ішкі істер министрлігі', 'Министерство внутренних дел Республики Казахстан', 'Ministry of Internal Affairs')],
  ['MF', L('Қазақстан Республикасының Қаржы министрлігі', 'Министерство финансов Республики Казахстан', 'Ministry of Finance')],
  ['MA', L('Қазақстан Республикасының Ауыл шаруашылығы министрлігі', 'Министерство сельского хозяйства Республики Казахстан', 'Ministry of Agriculture')],
  ['MLSP', L('Қазақстан Республикасының Еңбек және халықты әлеуметтік қорғау министрлігі', 'Министерство труда и социальной защиты населения Республики Казахстан', 'Ministry of Labour and Social Protection of Population')],
  ['MEP', L('Қазақстан Республикасының Қоршаған ортаны қорғау министрлігі', 'Министерство охраны окружающей среды Республики Казахстан', 'Ministry of Environmental Protection')],
];

// Average annual population, rounded (approximate, for the demo only).
const LOCAL_BODIES: [string, Labels, number][] = [
  ['AKM', L('Ақмола облысының әкімдігі', 'Акимат Акмолинской области', 'Akimat of Akmola region'), 740000],
  ['AKT', L('Ақтөбе облысының әкімдігі', 'Акимат Актюбинской области', 'Akimat of Aktobe region'), 800000],
  ['ALM', L('Алматы облысының әкімдігі', 'Акимат Алматинской области', 'Akimat of Almaty region'), 1950000],
  ['ATR', L('Атырау облысының әкімдігі', 'Акимат Атырауской области', 'Akimat of Atyrau region'), 560000],
  ['EKO', L('Шығыс Қазақстан облысының әкімдігі', 'Акимат Восточно-Казахстанской области', 'Akimat of East Kazakhstan region'), 1400000],
  ['ZHM', L('Жамбыл облысының әкімдігі', 'Акимат Жамбылской области', 'Akimat of Zhambyl region'), 1060000],
  ['WKO', L('Батыс Қазақстан облысының әкімдігі', 'Акимат Западно-Казахстанской области', 'Akimat of West Kazakhstan region'), 620000],
  ['KAR', L('Қарағанды облысының әкімдігі', 'Акимат Карагандинской области', 'Akimat of Karaganda region'), 1370000],
  ['KST', L('Қостанай облысының әкімдігі', 'Акимат Костанайской области', 'Akimat of Kostanay region'), 880000],
  ['KZO', L('Қызылорда облысының әкімдігі', 'Акимат Кызылординской области', 'Akimat of Kyzylorda region'), 740000],
  ['MNG', L('Маңғыстау облысының әкімдігі', 'Акимат Мангистауской области', 'Akimat of Mangystau region'), 560000],
  ['PVL', L('Павлодар облысының әкімдігі', 'Акимат Павлодарской области', 'Akimat of Pavlodar region'), 750000],
  ['NKO', L('Солтүстік Қазақстан облысының әкімдігі', 'Акимат Северо-Казахстанской области', 'Akimat of North Kazakhstan region'), 580000],
  ['SKO', L('Оңтүстік Қазақстан облысының әкімдігі', 'Акимат Южно-Казахстанской области', 'Akimat of South Kazakhstan region'), 2650000],
  ['ALA', L('Алматы қаласының әкімдігі', 'Акимат города Алматы', 'Akimat of Almaty city'), 1500000],
  ['AST', L('Астана қаласының әкімдігі', 'Акимат города Астаны', 'Akimat of Astana city'), 800000],
];

function generator(seed: number) {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const chance = (p: number) => r() < p;
  const partOf = (total: number, maxShare: number) => Math.min(total, Math.floor(total * maxShare * r()));
  return { int, chance, partOf };
}

type Gen = ReturnType<typeof generator>;

/** App 7 rows and the matching Load total (services rendered = Σ (b + d)). */
function deadlineRows(g: Gen, n: number, scale: number) {
  const rows = Array.from({ length: n }, (_, i) => {
    const b = g.int(0, scale);
    const d = g.int(100, scale);
    return { name: `Service ${i + 1}`, a: g.partOf(b, 0.0004), b, c: g.partOf(d, 0.0006), d };
  });
  return { rows, total: rows.reduce((s, x) => s + x.b + x.d, 0) };
}

function timeliness(g: Gen) {
  const licenceTypes = Array.from({ length: g.int(0, 4) }, (_, i) => ({ type: `Licence ${i + 1}`, applications: g.int(3, 200) }));
  const f = licenceTypes.reduce((s, t) => s + Math.min(25, t.applications), 0);
  const l = g.int(0, 3000);
  const n = g.int(0, 20000);
  return { licenceTypes, e: g.partOf(f, 0.3), s: g.partOf(l, 0.05), l, i: g.partOf(n, 0.02), q: g.partOf(n, 0.01), n };
}

function applications(g: Gen) {
  const rows = Array.from({ length: g.int(2, 6) }, (_, i) => ({ i, egov: g.chance(0.6), paper: g.int(0, 5000), count: g.int(0, 20000) }));
  return {
    egovServices: rows
      .filter((r) => r.egov)
      .map((r) => ({ name: `Service ${r.i + 1}`, paper: r.paper, electronic: r.count, standardApprovedQ4: g.chance(0.1), pilot: g.chance(0.05) })),
    alternativeServices: rows.filter((r) => !r.egov).map((r) => ({ name: `Service ${r.i + 1}`, paper: r.paper, viaPsc: r.count })),
  };
}

function reconciliation(g: Gen) {
  return { lateAgency: g.chance(0.15), lateMinistry: g.chance(0.1), incompleteAgency: g.chance(0.1), unreliableFacts: g.chance(0.3) ? g.int(1, 30) : 0 };
}

function centralBody(id: string, name: Labels, g: Gen): BodyInput {
  const z = g.int(8, 20);
  const services = Array.from({ length: z }, (_, i) => {
    const y = g.int(0, 5);
    const mode = String(g.int(1, 4) + (g.chance(0.15) ? 1 : 0));
    return {
      name: `Service ${i + 1}`,
      mode,
      termDays: g.int(1, 30),
      x: Math.max(0, y - g.int(0, 1)),
      y,
      standardApproved: !g.chance(0.08),
      newInRegister: g.chance(0.1),
      iacDecision: (mode === '2' || mode === '5') && g.chance(0.1),
    };
  });
  const stdC = g.int(20, 120);
  const regB = stdC - g.int(0, Math.floor(stdC / 5));
  const { rows, total } = deadlineRows(g, g.int(3, 6), 200000);
  const violations = g.int(0, 300);
  return {
    id,
    name,
    kind: CENTRAL,
    forms: {
      MEBP: { newServiceTypes: g.chance(0.4) ? g.int(1, 3) : 0 },
      Standards: { a: stdC - g.int(0, Math.floor(stdC / 4)), c: stdC, violations: g.chance(0.3) ? g.int(1, 20) : 0 },
      Reglaments: { a: regB - g.int(0, Math.floor(regB / 4)), b: regB, violations: g.chance(0.3) ? g.int(1, 20) : 0 },
      Register: { services, m: z - g.int(0, Math.floor(z / 3)), n: z, ministryConclusion: g.chance(0.1) },
      InternalControl: { a: g.int(0, violations + 20), b: violations },
      App7: { services: rows },
      Timeliness: timeliness(g),
      App8: applications(g),
      App9: reconciliation(g),
      Load: { R: total, T: z },
    },
  };
}

function localBody(id: string, name: Labels, population: number, g: Gen): BodyInput {
  const regB = g.int(150, 350);
  const { rows, total } = deadlineRows(g, g.int(4, 8), 150000);
  const violations = g.int(0, 600);
  return {
    id,
    name,
    kind: LOCAL,
    forms: {
      Reglaments: { a: regB - g.int(0, Math.floor(regB / 5)), b: regB, violations: g.chance(0.3) ? g.int(1, 25) : 0 },
      InternalControl: { a: g.int(0, violations + 30), b: violations },
      App7: { services: rows },
      Timeliness: timeliness(g),
      App8: applications(g),
      App9: reconciliation(g),
      Load: { services: total, population, L: g.int(180, 360) },
    },
  };
}

/** The SYNTHETIC 2013 campaign (assessed in 2014 under the 2014 wording). */
export function demoCampaign(seed = 2013): CampaignInput {
  const g = generator(seed);
  return {
    edition: EDITION_ID,
    asOf: '2014-04-01',
    title: 'SYNTHETIC — quality of public services, reporting year 2013 (2014 methodology)',
    synthetic: true,
    bodies: [...CENTRAL_BODIES.map(([id, name]) => centralBody(id, name, g)), ...LOCAL_BODIES.map(([id, name, pop]) => localBody(id, name, pop, g))],
  };
}
