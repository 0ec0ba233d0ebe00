// Paragraph 6, §26–§30: «Мемлекеттік көрсетілетін қызметтерді көрсету мерзімдерінің сақталуы».
// §29 (formula images mostly lost; F000-29): K6 = Р1 + Р2 (the only surviving line); M3 = P1 + P2 by
// symmetry; "if the result is negative, the body gets 0".
// P1 (DECISIONS.md D2, reconstructed-low): P1 = k − (a + c) / (b + d) × 10 000, k when b + d = 0;
//   a, c = deadline violations via PSCs / in the body, b, d = services via PSCs / in the body
//   (App 7; the «ХҚКО» ЫАЖ data prevail where they differ, §27; outage services not counted, §28).
// P2 (reconstructed-medium): P2 = x × (e/f + s/l + (i + q)/n), x = −4 central, −10 local — the three
//   Ministry indicators of App 5 rows 3–5; each ratio is 0 when its denominator is 0.
import { inp, par, nod, cst, L } from '../../engine/build.js';
import { Decimal, ZERO } from '../../engine/decimal.js';
import { InputError } from '../../engine/validate.js';
import type { Band, NodeContext, NodeDecl, ParameterDecl } from '../../engine/types.js';
import { CENTRAL, EFFECTIVE_FROM, LOCAL, param } from './common.js';
import { R } from './readings.js';
import { coefficientNode } from './coefficient.js';
import { registeredLate, sampleSize } from './p30-registration-day.js';

/** seed-000 §5.6 placeholder bands g(Z) (non-normative; reading D2 = five-bands). */
const PLACEHOLDER_BANDS: Band[] = [
  { to: 0, toInclusive: true, value: 1, label: 'Z = 0' },
  { to: 1, toInclusive: true, value: '0.75', label: '0 < Z ≤ 1' },
  { to: 10, toInclusive: true, value: '0.5', label: '1 < Z ≤ 10' },
  { to: 100, toInclusive: true, value: '0.25', label: '10 < Z ≤ 100' },
  { value: 0, label: 'Z > 100' },
];

export const deadlineParameters: Record<string, ParameterDecl> = {
  'K6.k': param(L('Коэффициент k (К6)', 'Коэффициент k (К6)', 'Coefficient k (K6, central)'), { paragraph: '§29' }, 10),
  'M3.m': param(L('Коэффициент m (М3)', 'Коэффициент m (М3)', 'Coefficient m (M3, local)'), { paragraph: '§29' }, 20),
  'K6.x': param(L('Коэффициент x (орталық)', 'Коэффициент x (центральные)', 'Coefficient x (central)'), { paragraph: '§29' }, -4),
  'M3.x': param(L('Коэффициент x (жергілікті)', 'Коэффициент x (местные)', 'Coefficient x (local)'), { paragraph: '§29' }, -10),
  'deadlines.per': param(L('10 000 қызметке коэффициент', 'Коэффициент на 10 000 услуг', 'Rate base: per 10 000 services'), { paragraph: '§29' }, 10000),
  'deadlines.bands': {
    label: L('Р1 шартты аралықтары (seed-000 §5.6)', 'Условные интервалы Р1 (seed-000 §5.6)', 'Placeholder P1 bands g(Z) (seed-000 §5.6, non-normative)'),
    ref: { paragraph: '§29', note: 'placeholder: the five branch values and conditions are lost' },
    values: [{ from: EFFECTIVE_FROM, value: PLACEHOLDER_BANDS }],
  },
  'sample.perLicenceType': param(L('Әр лицензия түрі бойынша бағаланатын өтініштер', 'Оцениваемых заявлений на вид лицензии', 'Sampled applications per licence type'), { paragraph: '§30' }, 25),
};

type Letter = 'a' | 'b' | 'c' | 'd';
const LETTER_LABEL: Record<Letter, [string, string, string]> = {
  a: [
    'Халыққа қызмет көрсету орталықтары арқылы белгіленген мерзімі бұзылып көрсетілген мемлекеттік көрсетілетін қызметтердің саны',
    'Количество государственных услуг, оказанных через ЦОН с нарушением установленных сроков',
    'a — services rendered via PSCs with the deadline violated',
  ],
  b: [
    'Халыққа қызмет көрсету орталықтары арқылы көрсетілген мемлекеттік көрсетілетін қызметтердің жалпы саны',
    'Общее количество государственных услуг, оказанных через ЦОН',
    'b — services rendered via PSCs',
  ],
  c: [
    'Мемлекеттік органмен белгіленген мерзімі бұзылып көрсетілген мемлекеттік көрсетілетін қызметтердің саны',
    'Количество государственных услуг, оказанных государственным органом с нарушением установленных сроков',
    'c — services rendered in the body with the deadline violated',
  ],
  d: [
    'Мемлекеттік органда көрсетілген мемлекеттік көрсетілетін қызметтердің жалпы саны',
    'Общее количество государственных услуг, оказанных в государственном органе',
    'd — services rendered in the body',
  ],
};

/** One of a, b, c, d: the IS figure if the Ministry supplied it (§27), else the App 7 column total; less §28 outages. */
function countNode(prefix: string, kind: string, letter: Letter): NodeDecl {
  const [kk, ru, en] = LETTER_LABEL[letter];
  return {
    id: `${prefix}.${letter}`,
    level: 'parameter',
    label: L(kk, ru, en),
    ref: { paragraph: '§26–§29', appendix: 'App 7' },
    appliesTo: [kind],
    provenance: { kind: 'text', note: '§27: IS data prevail over the body’s App 7; §28: services rendered during a documented outage not counted' },
    formula: {
      text: `${letter} = IS.${letter} − IS.${letter}Out if the Ministry supplied it, else Σ App 7 (${letter} − ${letter}Out) (§27, §28)`,
      compute: (ctx) => {
        const out = `${letter}Out` as const;
        if (ctx.has('IS', letter)) {
          ctx.branch('«ХҚКО» ЫАЖ / IS figure used: it prevails over App 7 (§27)');
          const v = ctx.num('IS', letter);
          const x = ctx.has('IS', out) ? ctx.num('IS', out) : ZERO;
          if (!x.isZero()) ctx.branch(`§28: ${x.toString()} services rendered during a documented IS outage not counted`);
          return v.minus(x);
        }
        const rows = ctx.value<Record<string, Decimal | undefined>[]>('App7', 'services');
        let v = ZERO;
        let excluded = ZERO;
        for (const r of rows) {
          v = v.plus(r[letter] ?? ZERO);
          excluded = excluded.plus(r[out] ?? ZERO);
        }
        ctx.branch(`Σ App 7 column over ${rows.length} services`);
        if (!excluded.isZero()) ctx.branch(`§28: ${excluded.toString()} services rendered during a documented IS outage not counted`);
        return v.minus(excluded);
      },
    },
  };
}

function rateNode(prefix: string, kind: string): NodeDecl {
  return {
    id: `${prefix}.Z`,
    level: 'parameter',
    label: L(
      '10 000 көрсетілген қызметке мерзімді бұзудың орта мәні',
      'Среднее количество нарушений сроков на 10 000 оказанных услуг',
      'Z — deadline violations per 10 000 services (PSC + in-body)',
    ),
    ref: { paragraph: '§29' },
    appliesTo: [kind],
    provenance: { kind: 'reconstructed-medium', formulaId: 'F000-29', decision: 'D2', note: '"per 10 000 of complaints" read as violations' },
    formula: {
      text: 'Z = (a + c) / (b + d) × 10 000; Z = 0 when b + d = 0',
      dependsOn: [`${prefix}.a`, `${prefix}.b`, `${prefix}.c`, `${prefix}.d`],
      compute: (ctx: NodeContext) => {
        const [a, b, c, d] = (['a', 'b', 'c', 'd'] as const).map((l) => ctx.node(`${prefix}.${l}`)) as [Decimal, Decimal, Decimal, Decimal];
        // After the §28 exclusions a part can no longer exceed its total; refuse rather than guess.
        // IS and App 7 figures may be mixed field by field (§27); a mix can leave more violations than services.
        const form = ctx.has('IS', 'b') || ctx.has('IS', 'd') ? 'IS' : 'App7';
        if (a.gt(b)) throw new InputError([{ body: ctx.bodyId, form, field: 'b', value: b.toString(), message: `leaves fewer PSC services (${b.toString()}) than violations counted (${a.toString()})` }]);
        if (c.gt(d)) throw new InputError([{ body: ctx.bodyId, form, field: 'd', value: d.toString(), message: `leaves fewer in-body services (${d.toString()}) than violations counted (${c.toString()})` }]);
        if (b.plus(d).isZero()) {
          ctx.branch('b + d = 0: no services rendered → Z = 0 (A-28)');
          return ZERO;
        }
        return a.plus(c).div(b.plus(d)).times(ctx.param('deadlines.per'));
      },
    },
  };
}

function p1Node(prefix: string, kind: string, sym: 'k' | 'm'): NodeDecl {
  const where = {
    k: nod(`${prefix}.${sym}`),
    z: nod(`${prefix}.Z`),
    a: nod(`${prefix}.a`),
    b: nod(`${prefix}.b`),
    c: nod(`${prefix}.c`),
    d: nod(`${prefix}.d`),
    per: par('deadlines.per'),
    g: par('deadlines.bands'),
  };
  return {
    id: `${prefix}.P1`,
    level: 'indicator',
    label: L('Мемлекеттік көрсетілетін қызметтерді көрсету мерзімдерін бұзу (Р1)', 'Нарушение сроков оказания государственных услуг (Р1)', 'P1 — deadline violations (Agency)'),
    ref: { paragraph: '§29' },
    appliesTo: [kind],
    provenance: { kind: 'reconstructed-low', formulaId: 'F000-29', decision: 'D2' },
    formula: {
      reading: R.P1,
      variants: {
        'pooled-linear': {
          expr: 'k - z',
          where,
          cases: [{ when: 'b + d == 0', expr: 'k', branch: `b + d = 0: no services → P1 = ${sym} (D2)` }],
        },
        'separate-rates': {
          expr: 'k - (a / b + c / d) * per',
          where,
          cases: [
            { when: 'b == 0 && d == 0', expr: 'k', branch: `b = d = 0 → P1 = ${sym}` },
            { when: 'd == 0', expr: 'k - a / b * per', branch: 'd = 0: PSC rate only' },
            { when: 'b == 0', expr: 'k - c / d * per', branch: 'b = 0: in-body rate only' },
          ],
        },
        'five-bands': { expr: 'band(g, z) * k', where },
      },
    },
  };
}

interface SampleRow {
  received: string;
  afterHours?: boolean;
  registered?: string;
}

function eNode(prefix: string, kind: string): NodeDecl {
  return {
    id: `${prefix}.P2.e`,
    level: 'parameter',
    label: L(
      'Есептік кезеңде қағаз нұсқасында келіп түскен өтініштерді берілген күні тіркелмеген өтініштердің саны',
      'Количество заявлений на бумажном носителе, не зарегистрированных в день подачи',
      'e — paper applications not registered on the day of receipt',
    ),
    ref: { paragraph: '§29–§30' },
    appliesTo: [kind],
    provenance: { kind: 'text' },
    formula: {
      text: 'e = sampled applications registered after the required day (§30), or the Ministry’s figure e',
      compute: (ctx) => {
        if (!ctx.has('Timeliness', 'sample')) return ctx.num('Timeliness', 'e');
        const rows = ctx.value<SampleRow[]>('Timeliness', 'sample');
        const dates = (f: string) => (ctx.has('Timeliness', f) ? ctx.value<{ date: string }[]>('Timeliness', f).map((r) => r.date) : []);
        const cal = { holidays: dates('nonWorkingDays'), workingWeekends: dates('workingWeekendDays') };
        let late = 0;
        rows.forEach((r, i) => {
          if (registeredLate(r.received, Boolean(r.afterHours), r.registered, cal)) {
            late++;
            ctx.branch(`sample ${i + 1}: received ${r.received}${r.afterHours ? ' after hours' : ''}, registered ${r.registered ?? 'never'} → late (§30)`);
          }
        });
        return new Decimal(late);
      },
    },
  };
}

function fNode(prefix: string, kind: string): NodeDecl {
  return {
    id: `${prefix}.P2.f`,
    level: 'parameter',
    label: L('Бағаланатын өтініштердің саны', 'Количество оцениваемых заявлений', 'f — number of evaluated applications'),
    ref: { paragraph: '§29–§30' },
    appliesTo: [kind],
    provenance: { kind: 'text' },
    formula: {
      text: 'f = Σ over licence types of min(25, applications), or the Ministry’s figure f',
      compute: (ctx) => {
        if (!ctx.has('Timeliness', 'licenceTypes')) return ctx.num('Timeliness', 'f');
        const per = ctx.param('sample.perLicenceType').toNumber();
        const rows = ctx.value<{ type: string; applications: Decimal }[]>('Timeliness', 'licenceTypes');
        rows.forEach((r) => ctx.branch(`licence type «${r.type}»: ${r.applications.toString()} applications → ${Math.min(per, r.applications.toNumber())} sampled`));
        return new Decimal(sampleSize(rows.map((r) => r.applications.toNumber()), per));
      },
    },
  };
}

function ratio(id: string, kind: string, row: string, kk: string, ru: string, en: string, expr: string, den: string, where: Record<string, ReturnType<typeof inp>>): NodeDecl {
  return {
    id,
    level: 'indicator',
    label: L(kk, ru, en),
    ref: { paragraph: '§29', appendix: 'App 5', row },
    appliesTo: [kind],
    max: { [kind]: 1 },
    provenance: { kind: 'reconstructed-medium', formulaId: 'F000-29', note: 'ratio capped at 1; 0 when its denominator is 0 (A-28)' },
    formula: { expr: `min(${expr}, 1)`, where, cases: [{ when: `${den} == 0`, expr: '0', branch: `${den} = 0 → 0 (A-28)` }] },
  };
}

function p2Node(prefix: string, kind: string): NodeDecl {
  const where = { x: par(`${prefix}.x`), ef: nod(`${prefix}.P2.ef`), sl: nod(`${prefix}.P2.sl`), iqn: nod(`${prefix}.P2.iqn`), three: cst(3) };
  return {
    id: `${prefix}.P2`,
    level: 'indicator',
    label: L('Өтініштерді уақытылы тіркеу және электрондық қызметтерді уақытылы көрсету (Р2)', 'Своевременная регистрация заявлений и оказание электронных услуг (Р2)', 'P2 — timeliness of registration and e-services (Ministry)'),
    ref: { paragraph: '§29–§30', appendix: 'App 5', row: '3–5' },
    appliesTo: [kind],
    provenance: { kind: 'reconstructed-medium', formulaId: 'F000-29' },
    formula: {
      reading: R.P2,
      variants: {
        sum: { expr: 'x * (ef + sl + iqn)', where },
        mean: { expr: 'x * (ef + sl + iqn) / three', where },
      },
    },
    children: [
      eNode(prefix, kind),
      fNode(prefix, kind),
      ratio(
        `${prefix}.P2.sl`,
        kind,
        '3',
        '«Электрондық үкімет» порталынан келіп түскен арыздарды уақытылы тіркеу',
        'Своевременная регистрация заявлений, поступивших с портала «электронного правительства»',
        'Timely registration of applications from the e-gov (e-licensing) portal: s / l',
        's / l',
        'l',
        { s: inp('Timeliness', 's'), l: inp('Timeliness', 'l') },
      ),
      {
        ...ratio(
          `${prefix}.P2.ef`,
          kind,
          '4',
          'Лицензиялауға қағаз нұсқасында келіп түскен арыздарды уақытылы тіркеу',
          'Своевременная регистрация заявлений на лицензирование, поступивших на бумажном носителе',
          'Timely registration of paper licensing applications: e / f',
          'e / f',
          'f',
          {},
        ),
        formula: {
          expr: 'min(e / f, 1)',
          where: { e: nod(`${prefix}.P2.e`), f: nod(`${prefix}.P2.f`) },
          cases: [{ when: 'f == 0', expr: '0', branch: 'f = 0: no licensing applications → 0 (A-20, A-28)' }],
        },
      },
      ratio(
        `${prefix}.P2.iqn`,
        kind,
        '5',
        '«Электрондық үкімет» порталы арқылы электрондық қызметтерді уақытылы көрсету',
        'Своевременное оказание электронных услуг через портал «электронного правительства»',
        'Timely delivery of e-services via the e-gov portal: (i + q) / n',
        '(i + q) / n',
        'n',
        { i: inp('Timeliness', 'i'), q: inp('Timeliness', 'q'), n: inp('Timeliness', 'n') },
      ),
    ],
  };
}

function deadlines(id: 'K6' | 'M3', kind: string, paramName: string, weight: number, row: string): NodeDecl {
  const sym = kind === CENTRAL ? 'k' : 'm';
  return {
    id,
    level: 'criterion',
    label: L(
      'Мемлекеттік көрсетілетін қызметтерді көрсету мерзімдерінің сақталуы',
      'Соблюдение сроков оказания государственных услуг',
      'Compliance with public service delivery deadlines',
    ),
    ref: { paragraph: '§26–§30', appendix: kind === CENTRAL ? 'App 1' : 'App 2', row, note: 'P1 assessed by the Agency (§9), P2 indicators by the Ministry (App 5 rows 3–5)' },
    max: { [kind]: weight },
    appliesTo: [kind],
    provenance: { kind: 'text', formulaId: 'F000-29', note: `${id} = P1 + P2 (surviving line; M3 by symmetry, A-39); negative → 0 (§29)` },
    formula: { expr: 'p1 + p2', where: { p1: nod(`${id}.P1`), p2: nod(`${id}.P2`) } },
    floorAtZero: true,
    children: [
      coefficientNode(id, kind, paramName, sym, { paragraph: '§29' }),
      countNode(id, kind, 'a'),
      countNode(id, kind, 'b'),
      countNode(id, kind, 'c'),
      countNode(id, kind, 'd'),
      rateNode(id, kind),
      p1Node(id, kind, sym),
      p2Node(id, kind),
    ],
  };
}

export const k6 = deadlines('K6', CENTRAL, 'K6.k', 15, '6');
export const m3 = deadlines('M3', LOCAL, 'M3.m', 30, '3');
