// Paragraph 4, §22–§23 and App 6: «Мемлекеттік көрсетілетін қызметтердің оңтайландыру және
// автоматтандыру деңгейі». Central bodies only (§22); scored by the Ministry (§9).
// §23 (formula images lost; F000-23a reconstructed-medium): K4 = (Σ a_j / z) × W, W = m / n, and
// W = 1 when the Ministry concludes that reducing the term or the documents is inexpedient/impossible.
// Per service (F000-23b, DECISIONS.md D1): a = b' × d × min(x / y, 1); a = b' × d when y = 0 (the only
// surviving fragment: "егер у = 0, онда a = b * d"); b' = App 6 points (+3 for a service newly included
// in the Register); d = 1 for a term ≤ 5 working days, 0.8 above; a = 0 when the standard is not approved;
// a traditional service rendered only in the body (mode 5) scores b × d even with IS documents.
import { inp, nod, L } from '../../engine/build.js';
import { Decimal, ZERO } from '../../engine/decimal.js';
import type { Labels, NodeContext, NodeDecl, ParameterDecl } from '../../engine/types.js';
import { CENTRAL, param } from './common.js';
import { R } from './readings.js';

/** App 6, «Мемлекеттік көрсетілетін қызметтің көрсету тәртібі», row by row. */
export const APP6: { mode: string; points: number; label: Labels }[] = [
  {
    mode: '1',
    points: 30,
    label: L(
      '«Электрондық үкімет» порталы, халыққа қызмет көрсету орталықтары арқылы көрсетілетін электрондық мемлекеттік қызмет',
      'Электронная государственная услуга, оказываемая через портал «электронного правительства» и центры обслуживания населения',
      'Electronic public service via the e-gov portal and PSCs',
    ),
  },
  {
    mode: '2',
    points: 25,
    label: L(
      '«Электрондық үкімет» порталы арқылы көрсетілетін, алайда халыққа қызмет көрсету орталықтары арқылы көрсетілмейтін электрондық мемлекеттік қызмет',
      'Электронная государственная услуга, оказываемая через портал «электронного правительства», но не через ЦОН',
      'Electronic public service via the e-gov portal but not via PSCs',
    ),
  },
  {
    mode: '3',
    points: 20,
    label: L(
      'Дәстүрлі әдіспен тек ғана халыққа қызмет көрсету орталықтары арқылы көрсетілетін мемлекеттік қызмет',
      'Государственная услуга, оказываемая традиционным способом только через ЦОН',
      'Traditional method, only via PSCs',
    ),
  },
  {
    mode: '4',
    points: 10,
    label: L(
      'Дәстүрлі әдіспен балама негізінде (мемлекеттік органда және халыққа қызмет көрсету орталықтары арқылы) көрсетілетін мемлекеттік қызмет',
      'Государственная услуга, оказываемая традиционным способом на альтернативной основе (в государственном органе и через ЦОН)',
      'Traditional method on an alternative basis (in the body and via PSCs)',
    ),
  },
  {
    mode: '5',
    points: 0,
    label: L(
      'Дәстүрлі әдіспен тек ғана мемлекеттік органда көрсетілетін мемлекеттік қызмет',
      'Государственная услуга, оказываемая традиционным способом только в государственном органе',
      'Traditional method, only in the state body',
    ),
  },
];

export const k4Parameters: Record<string, ParameterDecl> = {
  ...Object.fromEntries(
    APP6.map((r) => [`K4.app6.mode${r.mode}`, param(r.label, { appendix: 'App 6', row: r.mode }, r.points, 'points')]),
  ),
  'K4.registerBonus': param(
    L('Тізілімге қосу бойынша жұмыс үшін қосымша балл', 'Дополнительные баллы за работу по включению в Реестр', 'Additional points for work on inclusion in the Register'),
    { paragraph: '§23' },
    3,
  ),
  'K4.d.thresholdDays': param(L('Көрсету мерзімінің шегі (жұмыс күні)', 'Порог срока оказания (рабочих дней)', 'Term threshold for d (working days)'), { paragraph: '§23' }, 5),
  'K4.d.short': param(L('Қосымша коэффициент d (5 жұмыс күні немесе одан аз)', 'Коэффициент d (5 рабочих дней и менее)', 'd when the term is ≤ 5 working days'), { paragraph: '§23' }, 1),
  'K4.d.long': param(L('Қосымша коэффициент d (5 жұмыс күнінен көп)', 'Коэффициент d (более 5 рабочих дней)', 'd when the term is > 5 working days'), { paragraph: '§23' }, '0.8'),
};

interface ServiceRow {
  name: string;
  mode: string;
  termDays: Decimal;
  x?: Decimal;
  y?: Decimal;
  standardApproved?: boolean;
  newInRegister?: boolean;
  iacDecision?: boolean;
  coveredByConclusion?: boolean;
}

/** §23 IAC rule: a service deemed rendered via PSCs takes the PSC variant of its mode (A-11). */
function deemedMode(mode: string, ctx: NodeContext): string {
  if (mode === '2') return '1';
  if (mode === '5') return ctx.reading(R.IAC) === 'mode5-to-3' ? '3' : '4';
  return mode;
}

/** a_j of one service, with every step written to the trace. */
function serviceScore(row: ServiceRow, i: number, ctx: NodeContext, bodyDidRegisterWork: boolean): Decimal {
  const tag = `service ${i + 1} «${row.name}»`;
  if (row.standardApproved === false) {
    ctx.branch(`${tag}: standard not approved at the assessment → a = 0 (§23)`);
    return ZERO;
  }
  let mode = row.mode;
  if (row.iacDecision) {
    const m2 = deemedMode(mode, ctx);
    if (m2 !== mode) ctx.branch(`${tag}: Interagency Commission decision → deemed rendered via PSCs, mode ${mode} → ${m2} (§23, A-11)`);
    mode = m2;
  }
  const b = ctx.param(`K4.app6.mode${mode}`);
  const scope = ctx.reading(R.BONUS_SCOPE);
  const bonusApplies = scope === 'all-services' ? bodyDidRegisterWork : Boolean(row.newInRegister);
  const bonus = bonusApplies ? ctx.param('K4.registerBonus') : ZERO;
  const d = row.termDays.lte(ctx.param('K4.d.thresholdDays')) ? ctx.param('K4.d.short') : ctx.param('K4.d.long');
  const x = row.x ?? ZERO;
  const y = row.y ?? ZERO;
  let factor = new Decimal(1);
  let why: string;
  if (mode === '5') {
    why = 'traditional, only in the body: a = b × d, no IS factor (§23)';
  } else if (ctx.reading(R.K4_SERVICE) === 'obtained-share') {
    // D1: x obtained ≤ y obtainable (refused otherwise by the Register form's partOf).
    if (y.isZero()) why = 'y = 0 → a = b × d (§23, surviving text)';
    else {
      factor = x.div(y);
      why = `x / y = ${x.toString()} / ${y.toString()} (D1)`;
    }
  } else if (x.isZero() || y.isZero()) {
    // seed-000.md's reading, in D1's fields: its "y" is the documents obtained (D1's x) and its "x" the
    // documents requested from the IS (D1's y); "if y = 0 then a = b × d" there means nothing obtained.
    why = 'nothing obtained from the IS → a = b × d (seed-000.md reading of the fragment)';
  } else {
    factor = Decimal.min(x.div(y), 1);
    why = `obtained / requested = ${x.toString()} / ${y.toString()} (seed-000.md reading)`;
  }
  const stage = ctx.reading(R.BONUS_STAGE);
  const a = stage === 'after-d' ? b.times(d).times(factor).plus(bonus) : b.plus(bonus).times(d).times(factor);
  ctx.branch(
    `${tag}: mode ${mode} → b = ${b.toString()}${bonus.isZero() ? '' : ` + ${bonus.toString()} (new in the Register)`}; term ${row.termDays.toString()} wd → d = ${d.toString()}; ${why}; a = ${a.toString()}`,
  );
  return a;
}

export const k4: NodeDecl = {
  id: 'K4',
  level: 'criterion',
  label: L(
    'Мемлекеттік көрсетілетін қызметтердің оңтайландыру және автоматтандыру деңгейі',
    'Уровень оптимизации и автоматизации государственных услуг',
    'Level of optimisation and automation of public services',
  ),
  ref: { paragraph: '§22–§23', appendix: 'App 1', row: '4', note: 'assessed by the Ministry (§9); the Ministry itself by the Office of the Prime Minister' },
  // App 1 weight is 30; the +3 Register bonus (§23) lets a service, and so K4, reach 33 (seed-000 §4.1, §5.4).
  max: { [CENTRAL]: 33 },
  appliesTo: [CENTRAL],
  provenance: { kind: 'reconstructed-medium', formulaId: 'F000-23a' },
  formula: { expr: 'avg * w', where: { avg: nod('K4.avg'), w: nod('K4.W') } },
  children: [
    {
      id: 'K4.avg',
      level: 'indicator',
      label: L('Мемлекеттік қызметтердің қорытынды бағаларының орташасы', 'Среднее итоговых оценок услуг', 'Mean final score of the services (Σ a_j / z)'),
      ref: { paragraph: '§23', appendix: 'App 6' },
      max: { [CENTRAL]: 33 },
      provenance: { kind: 'reconstructed-medium', formulaId: 'F000-23b', decision: 'D1' },
      formula: {
        text: "Σ a_j / z, a_j = b' × d × min(x / y, 1) (b' × d when y = 0); 0 when z = 0",
        compute: (ctx) => {
          const rows = ctx.value<ServiceRow[]>('Register', 'services');
          if (!rows.length) {
            ctx.branch('z = 0: no services in the Register → 0 (A-28)');
            return ZERO;
          }
          const didWork =
            ctx.reading(R.BONUS_SCOPE) === 'all-services' &&
            ((ctx.has('MEBP', 'newServiceTypes') && ctx.num('MEBP', 'newServiceTypes').gte(1)) || rows.some((r) => r.newInRegister));
          const sum = rows.reduce((s, r, i) => s.plus(serviceScore(r, i, ctx, didWork)), ZERO);
          ctx.note(`z = ${rows.length}, Σ a = ${sum.toString()}`);
          return sum.div(rows.length);
        },
      },
    },
    {
      id: 'K4.W',
      level: 'indicator',
      label: L(
        'Мемлекеттік көрсетілетін қызметтер бойынша есептік кезеңде өзгертілген стандарттардың үлесі',
        'Доля стандартов, измененных в отчетном периоде',
        'Share of standards changed in the period (W)',
      ),
      ref: { paragraph: '§23' },
      max: { [CENTRAL]: 1 },
      provenance: { kind: 'reconstructed-high', formulaId: 'F000-23a' },
      formula: {
        reading: R.W_SCOPE,
        variants: {
          body: {
            expr: 'm / n',
            where: { m: inp('Register', 'm'), n: inp('Register', 'n'), concl: inp('Register', 'ministryConclusion') },
            cases: [
              { when: 'concl', expr: '1', branch: 'Ministry conclusion: reduction inexpedient or impossible → W = 1 (§23)' },
              { when: 'n == 0', expr: '0', branch: 'n = 0 → W = 0 (A-28)' },
            ],
          },
          'per-service': {
            text: 'W = min((m + services covered by the Ministry conclusion) / n, 1); 0 when n = 0 (A-10 alternative)',
            compute: (ctx) => {
              const n = ctx.num('Register', 'n');
              if (n.isZero()) {
                ctx.branch('n = 0 → W = 0 (A-28)');
                return ZERO;
              }
              const covered = ctx.value<ServiceRow[]>('Register', 'services').filter((r) => r.coveredByConclusion).length;
              if (covered) ctx.branch(`${covered} services covered by the Ministry conclusion count as changed (A-10)`);
              return Decimal.min(ctx.num('Register', 'm').plus(covered).div(n), 1);
            },
          },
        },
      },
    },
  ],
};
