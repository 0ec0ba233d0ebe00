// Chapter 4, §38–§48: the correction coefficient (оңалту коэффициенті, РС central / РМ local) from the
// load index (жүктеме индексі, SK / SM). Everything is computed separately for the central pool and the
// local pool (§42, §43): the engine's pool of a body is its kind unless the campaign says otherwise.
// §44–§48 (formulas present, subscripts lost; restored at high confidence):
//   central  b_i = (R_i − R_min) / (R_max − R_min),  c_i = (T_i − T_min) / (T_max − T_min),  SK_i = b_i × c_i
//   local    d_j = (N_j − N_min) / (N_max − N_min),  f_j = (L_j − L_min) / (L_max − L_min),  SM_j = d_j × f_j
//   with R = services rendered, T = service types per the Register, N = services per capita (services /
//   average annual population), L = service types per the Register.
// §40–§41: index at or above the mean → 1.01 … 1.10 in uniform steps, the most loaded 1.10; below → 1.
import { nod, L } from '../../engine/build.js';
import { Decimal, ZERO, ONE } from '../../engine/decimal.js';
import type { NodeContext, NodeDecl, ParameterDecl } from '../../engine/types.js';
import { CENTRAL, param } from './common.js';
import { R } from './readings.js';

export const correctionParameters: Record<string, ParameterDecl> = {
  'RC.top': param(L('Ең жоғары оңалту коэффициенті', 'Наибольший коэффициент', 'Highest correction coefficient (most loaded body)'), { paragraph: '§40' }, '1.10'),
  'RC.bottom': param(L('Орташадан жоғары топтағы ең төмен коэффициент', 'Наименьший коэффициент в группе выше среднего', 'Lowest coefficient of the at-or-above-mean group'), { paragraph: '§40' }, '1.01'),
  'RC.below': param(L('Орташадан төмен органдар үшін коэффициент', 'Коэффициент для органов ниже среднего', 'Coefficient below the mean'), { paragraph: '§41' }, 1),
};

/** Min–max normalisation over the body's pool (§45 «ұзындық көлемі әдісі» = linear scaling). */
function normalise(ctx: NodeContext, rawId: string): Decimal {
  const own = ctx.node(rawId);
  const all = ctx.pool(rawId).map((p) => p.value);
  const min = Decimal.min(...all);
  const max = Decimal.max(...all);
  ctx.note(`pool min ${min.toString()}, max ${max.toString()}`);
  if (max.eq(min)) {
    const one = ctx.reading(R.DEGENERATE) === 'one';
    ctx.branch(`max = min over the pool → ${one ? '1 (neutral, seed-000 §6.4)' : '0 (alternative)'}`);
    return one ? ONE : ZERO;
  }
  return own.minus(min).div(max.minus(min));
}

const raw = (id: string, kk: string, ru: string, en: string, text: string, compute: (ctx: NodeContext) => Decimal): NodeDecl => ({
  id,
  level: 'parameter',
  label: L(kk, ru, en),
  ref: { paragraph: '§44' },
  provenance: { kind: 'text' },
  formula: { text, compute },
});

const norm = (id: string, rawNode: NodeDecl, kk: string, ru: string, en: string, ref: string): NodeDecl => ({
  id,
  level: 'parameter',
  label: L(kk, ru, en),
  ref: { paragraph: ref },
  max: { central: 1, local: 1 },
  provenance: { kind: 'reconstructed-high', formulaId: 'F000-46/47/48', note: 'subscripts restored from the variable definitions' },
  formula: { text: '(v − v_min) / (v_max − v_min) over the pool; 1 when v_max = v_min', dependsOn: [rawNode.id], compute: (ctx) => normalise(ctx, rawNode.id) },
  children: [rawNode],
});

const volume = raw(
  'RC.LI.volume',
  'Есептік кезеңде көрсетілген мемлекеттік қызметтер саны (R) / жан басына шаққанда (N)',
  'Количество оказанных государственных услуг (R) / на душу населения (N)',
  'R — services rendered (central); N — services per capita (local)',
  'R_i = Load.R (central); N_j = Load.services / Load.population (local)',
  (ctx) => (ctx.kind === CENTRAL ? ctx.num('Load', 'R') : ctx.num('Load', 'services').div(ctx.num('Load', 'population'))),
);
const types = raw(
  'RC.LI.types',
  'Тізілімге сәйкес көрсетілетін мемлекеттік қызметтер түрлерінің саны (T / L)',
  'Количество видов государственных услуг согласно Реестру (T / L)',
  'T (central) / L (local) — service types per the Register',
  'T_i = Load.T (central); L_j = Load.L (local)',
  (ctx) => (ctx.kind === CENTRAL ? ctx.num('Load', 'T') : ctx.num('Load', 'L')),
);

/** §40 uniform step for a body in the at-or-above-mean group G, by reading D3. */
function stepCoefficient(ctx: NodeContext, own: Decimal, group: Decimal[]): Decimal {
  const top = ctx.param('RC.top');
  const bottom = ctx.param('RC.bottom');
  const span = top.minus(bottom);
  const mode = ctx.reading(R.RC);
  if (mode === 'value-linear') {
    const lo = Decimal.min(...group);
    const hi = Decimal.max(...group);
    if (hi.eq(lo)) return top;
    return bottom.plus(span.times(own.minus(lo)).div(hi.minus(lo)));
  }
  let positions: number;
  let rank: number;
  if (mode === 'distinct-values') {
    const distinct: Decimal[] = [];
    for (const v of [...group].sort((x, y) => y.cmp(x))) if (!distinct.some((d) => d.eq(v))) distinct.push(v);
    positions = distinct.length;
    rank = distinct.findIndex((d) => d.eq(own)) + 1;
  } else {
    positions = group.length;
    rank = group.filter((v) => v.gt(own)).length + 1;
  }
  ctx.branch(`rank ${rank} of ${positions} ${mode === 'distinct-values' ? 'distinct load-index values' : 'bodies'} at or above the mean (D3 = ${mode})`);
  if (positions === 1) return top;
  return top.minus(span.times(rank - 1).div(positions - 1));
}

export const correction: NodeDecl = {
  id: 'RC',
  level: 'adjustment',
  label: L('Оңалту коэффициенті (РС / РМ)', 'Поправочный коэффициент (РС / РМ)', 'Correction coefficient (RC central / RM local)'),
  ref: { paragraph: '§38–§43' },
  max: { central: 'RC.top', local: 'RC.top' },
  // the act's steps are hundredths, but spread over the pool they fall between them (seed-000 prints 1.055)
  precision: 3,
  provenance: { kind: 'reconstructed-medium', formulaId: 'F000-46/47/48', decision: 'D3', note: 'uniform step of §40 given in words only' },
  formula: {
    text: '1 when S < mean of the pool (§41); otherwise 1.01 … 1.10 in uniform steps, most loaded = 1.10 (§40)',
    compute: (ctx) => {
      const own = ctx.node('RC.LI');
      const all = ctx.pool('RC.LI').map((p) => p.value);
      const sum = all.reduce((s, v) => s.plus(v), ZERO);
      const n = all.length;
      // S ≥ mean is tested as S × n ≥ Σ S, so that equal indices are never split by a rounded mean.
      ctx.note(`mean load index of the pool = ${sum.div(n).toString()} over ${n} bodies`);
      if (own.times(n).lt(sum)) {
        ctx.branch('load index below the pool mean → coefficient 1 (§41)');
        return ctx.param('RC.below');
      }
      const group = all.filter((v) => v.times(n).gte(sum));
      return stepCoefficient(ctx, own, group);
    },
  },
  children: [
    {
      id: 'RC.LI',
      level: 'parameter',
      label: L('Жүктеме индексі (SK / SM)', 'Индекс нагрузки (SK / SM)', 'Load index (SK central / SM local)'),
      ref: { paragraph: '§44–§46' },
      max: { central: 1, local: 1 },
      provenance: { kind: 'reconstructed-high', formulaId: 'F000-46/47/48' },
      formula: { expr: 'b * c', where: { b: nod('RC.LI.volumeNorm'), c: nod('RC.LI.typesNorm') } },
      children: [
        norm(
          'RC.LI.volumeNorm',
          volume,
          'Көрсетілген мемлекеттік қызметтер санының салыстырмалы түрге келтірілген көрсеткіші (b / d)',
          'Приведенный к сопоставимому виду показатель количества оказанных услуг (b / d)',
          'b_i / d_j — normalised services rendered (per capita for local bodies)',
          '§47',
        ),
        norm(
          'RC.LI.typesNorm',
          types,
          'Мемлекеттік қызметтер түрлері санының салыстырмалы түрге келтірілген көрсеткіші (c / f)',
          'Приведенный к сопоставимому виду показатель количества видов услуг (c / f)',
          'c_i / f_j — normalised number of service types',
          '§48',
        ),
      ],
    },
  ],
};
