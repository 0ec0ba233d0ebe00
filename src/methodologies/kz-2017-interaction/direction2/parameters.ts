// Coefficients of direction 2 as the act states them (Chapter 3, p.76–99; App 10).
import { L } from '../../../engine/build.js';
import type { ParameterDecl } from '../../../engine/types.js';
import { EFFECTIVE_FROM } from '../common.js';
import { type Unit, maybeUnit, unit } from '../../vocabulary.js';

const v = (value: string | number) => [{ from: EFFECTIVE_FROM, value }];
const p = (kk: string, ru: string, en: string, paragraph: string, value: string | number, unit?: Unit): ParameterDecl => ({
  label: L(kk, ru, en),
  ref: { paragraph },
  ...maybeUnit(unit),
  values: v(value),
});

export const direction2Parameters: Record<string, ParameterDecl> = {
  // ---- Criterion 1 (B1/C1), p.79–83 ----
  'd2.b1.od.max.central': p('«Ашық деректер» индикаторының ең жоғары мәні (ОМО)', 'Максимальное значение индикатора «открытые данные» (ЦГО)', 'Maximum of the open-data indicator (central)', 'p.79', '14.4', 'points'),
  'd2.b1.od.max.local': p('«Ашық деректер» индикаторының ең жоғары мәні (ЖАО)', 'Максимальное значение индикатора «открытые данные» (МИО)', 'Maximum of the open-data indicator (local)', 'p.79', '15.4', 'points'),
  'd2.b1.ob.max.central': p('«Ашық бюджеттер» индикаторының ең жоғары мәні (ОМО)', 'Максимальное значение индикатора «открытый бюджет» (ЦГО)', 'Maximum of the open-budget indicator (central)', 'p.80', '17.8', 'points'),
  'd2.b1.ob.max.local': p('«Ашық бюджеттер» индикаторының ең жоғары мәні (ЖАО)', 'Максимальное значение индикатора «открытый бюджет» (МИО)', 'Maximum of the open-budget indicator (local)', 'p.80', '14.8', 'points'),
  'd2.b1.np.max.central': p('«Ашық НҚА» индикаторының ең жоғары мәні (ОМО)', 'Максимальное значение индикатора «открытые НПА» (ЦГО)', 'Maximum of the open-NPA indicator (central)', 'p.81', '8.8', 'points'),
  'd2.b1.np.max.local': p('«Ашық НҚА» индикаторының ең жоғары мәні (ЖАО)', 'Максимальное значение индикатора «открытые НПА» (МИО)', 'Maximum of the open-NPA indicator (local)', 'p.81', '10.8', 'points'),
  'd2.b1.dl.max.central': p('«Ашық диалог» индикаторының ең жоғары мәні (ОМО)', 'Максимальное значение индикатора «открытый диалог» (ЦГО)', 'Maximum of the open-dialogue indicator (central)', 'p.82', '9', 'points'),
  'd2.b1.dl.max.local': p('«Ашық диалог» индикаторының ең жоғары мәні (ЖАО)', 'Максимальное значение индикатора «открытый диалог» (МИО)', 'Maximum of the open-dialogue indicator (local)', 'p.82', '9', 'points'),
  'd2.b1.scale': p('Индикаторды салмағына келтіретін көбейткіш', 'Множитель, приводящий индикатор к его весу', 'Multiplier bringing an indicator to its weight', 'p.79–82', '20', 'points'),
  'd2.b1.deduction.per': p('Әрбір анықталған кемшілік үшін шегерілетін айыппұл балы', 'Вычет штрафных баллов за каждый выявленный недостаток', 'Penalty points deducted per deficiency found', 'p.79–81', '0.1', 'points'),
  'd2.b1.deduction.capShare': p('Шегерудің параметрдің салмақтық мәніне шекті үлесі', 'Предельная доля вычета от весового значения параметра', 'Cap of the deduction as a share of the parameter weight', 'p.79–81', '0.75'),
  // p.83: 100 % → 2; more than 70 % and less than 100 % → 1; less than 70 % → 0. Exactly 70 % is not
  // covered: 1 by default (seed-004a AMB-20, seed-004b A-4), 0 under the alternative reading.
  'd2.b1.dl2.tiers': {
    label: L('Блог-платформадағы жауаптар үлесінің шкаласы (70 % → 1)', 'Шкала доли ответов на блог-платформе (70 % → 1)', 'Blog answer-share tiers (exactly 70 % → 1)'),
    ref: { paragraph: 'p.83', note: 'seed-004a AMB-20' },
    ...unit('%'),
    values: [{ from: EFFECTIVE_FROM, value: [{ to: 70, value: 0 }, { from: 70, to: 100, value: 1 }, { from: 100, value: 2 }] }],
  },
  'd2.b1.dl2.tiersStrict': {
    label: L('Блог-платформадағы жауаптар үлесінің шкаласы (70 % → 0)', 'Шкала доли ответов на блог-платформе (70 % → 0)', 'Blog answer-share tiers (exactly 70 % → 0)'),
    ref: { paragraph: 'p.83', note: 'seed-004a AMB-20 alternative: "more than 70 %" read strictly' },
    ...unit('%'),
    values: [{ from: EFFECTIVE_FROM, value: [{ to: '70.01', value: 0 }, { from: '70.01', to: 100, value: 1 }, { from: 100, value: 2 }] }],
  },
  'd2.b1.dl2.noQuestions': p('Азаматтардан сұрақ түспеген кездегі балл (әр тіл бағанына)', 'Балл при отсутствии вопросов граждан (на каждую языковую колонку)', 'Points when no questions were received (per language column)', 'p.83 (not covered; seed-004b A-4)', '2', 'points'),

  // ---- Criterion 2 (B2/C2), p.89–99 ----
  'd2.b2.a.max': p('«Интернет-ресурстың қолжетімділігі» индикаторының ең жоғары мәні', 'Максимальное значение индикатора «Доступность интернет-ресурса»', 'Maximum of the accessibility indicator', 'p.89', '10', 'points'),
  'd2.b2.a.scale': p('Қолжетімділік индикаторының салмағы', 'Вес индикатора доступности', 'Weight of the accessibility indicator', 'p.89; App 10 row 2.1', '5', 'points'),
  'd2.b2.c.max': p('«Ақпараттың толықтығы мен өзектілігі» индикаторының ең жоғары мәні', 'Максимальное значение индикатора «Полнота и актуальность информации»', 'Maximum of the completeness indicator', 'p.92', '100', 'points'),
  'd2.b2.c.scale': p('Толықтық индикаторының салмағы', 'Вес индикатора полноты', 'Weight of the completeness indicator', 'p.92; App 10 row 2.2', '10', 'points'),
  'd2.b2.m.max': p('Мобильді нұсқа көрсеткішінің ең жоғары мәні', 'Максимальное значение показателя мобильной версии', 'Maximum of the mobile-version indicator', 'p.97', '50', 'points'),
  'd2.b2.m.weight': p('Мобильді нұсқа көрсеткішінің салмағы', 'Вес показателя мобильной версии', 'Weight of the mobile-version indicator', 'App 10 row 2.3', '5', 'points'),
  'd2.b2.m.kappa.auto': p('Мобильді нұсқа автоматты түрде жүктелгендегі коэффициент', 'Коэффициент при автоматической загрузке мобильной версии', 'Coefficient when the mobile version loads automatically', 'p.96', '5'),
  'd2.b2.m.kappa.link': p('Мобильді нұсқаға сілтеме арқылы өткендегі коэффициент', 'Коэффициент при переходе на мобильную версию по ссылке', 'Coefficient when the mobile version is reached by a link', 'p.96', '3'),
  'd2.b2.m.kappa.none': p('Мобильді нұсқаға сілтеме жоқ кездегі коэффициент (бағалау жүргізілмейді)', 'Коэффициент при отсутствии ссылки на мобильную версию (оценка не производится)', 'Coefficient when there is no link to a mobile version (not assessed)', 'p.96', '0'),
  'd2.b2.m.noLinkBack': p('Мобильді нұсқада негізгі нұсқаға сілтеме болмағаны үшін айыппұл', 'Штраф за отсутствие на мобильной версии ссылки на основную версию', 'Penalty when the mobile version has no link to the main version', 'p.99', '1', 'points'),
  'd2.b2.deduction.per': p('Әрбір анықталған кемшілік үшін шегерілетін айыппұл балы', 'Вычет штрафных баллов за каждый выявленный недостаток', 'Penalty points deducted per deficiency found', 'p.94, p.98', '0.1', 'points'),
  'd2.b2.deduction.capShare': p('Шегерудің параметрдің салмақтық мәніне шекті үлесі', 'Предельная доля вычета от весового значения параметра', 'Cap of the deduction as a share of the parameter weight', 'p.94, p.98', '0.5'),
};

// App 14 item 1.1: "positions 1–10 – 1 point; 11–20 – 0.5 point; 21 and beyond – 0 points"; a site not
// found at all is recorded as position 0 and scores 0 (seed-004b §2.2.1).
direction2Parameters['d2.b2.a.searchPoints'] = {
  label: L('Іздеу жүйесіндегі орын үшін балл', 'Баллы за позицию в поисковой системе', 'Points for the position in a search engine'),
  ref: { appendix: 'App 14', row: '1.1' },
  ...unit('points'),
  values: [
    {
      from: EFFECTIVE_FROM,
      value: [
        { to: 1, value: 0, label: 'not found (0)' },
        { from: 1, to: 11, value: 1, label: 'positions 1–10' },
        { from: 11, to: 21, value: '0.5', label: 'positions 11–20' },
        { from: 21, value: 0, label: '21 and beyond' },
      ],
    },
  ],
};
