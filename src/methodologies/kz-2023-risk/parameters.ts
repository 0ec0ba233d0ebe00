// The numbers of the act as dated parameters (engine convention). All take effect with the act
// (see ./identity.ts: the publication date is unknown, the registration date stands in).
import { L } from '../../engine/build.js';
import type { ParameterDecl } from '../../engine/types.js';
import { unit } from '../vocabulary.js';

const FROM = '2023-05-05';
const one = (value: number | string, note?: string) => [{ from: FROM, value, ...(note ? { note } : {}) }];

export const PARAMETERS: Readonly<Record<string, ParameterDecl>> = {
  // ---- p.4: objective triggers
  'obj.services.threshold': {
    ref: { paragraph: 'p.4(1)' },
    ...unit('services'),
    label: L('Көрсетілген қызметтер саны, одан асқанда', 'Число оказанных услуг, свыше которого', 'Services provided, more than'),
    values: one(1000, 'мыңнан астам: strictly more than 1,000'),
  },
  'obj.applications.threshold': {
    ref: { paragraph: 'p.4(2)' },
    label: L('Уәкілетті органға түскен арыздар, кемінде', 'Заявления в уполномоченный орган, не менее', 'Applications to the authorized body, at least'),
    values: one(1),
  },
  'obj.liability465.threshold': {
    ref: { paragraph: 'p.4(3)' },
    label: L('465-бап бойынша жауапкершілікке тартылған тұлғалар, кемінде', 'Лица, привлеченные по статье 465, не менее', 'Persons held liable under Art. 465, at least'),
    values: one(1),
  },
  'obj.media.threshold': {
    ref: { paragraph: 'p.4(4)' },
    label: L('Резонансы бар жағымсыз материалдар, кемінде', 'Негативные резонансные материалы, не менее', 'Resonant negative media materials, at least'),
    values: one(1),
  },
  'obj.inspections.threshold': {
    ref: { paragraph: 'p.4(5)' },
    label: L('Тексерулер саны, кемінде', 'Число проверок, не менее', 'Inspections, at least'),
    values: one(3, 'үш немесе одан да көп'),
  },
  'obj.refusals.threshold': {
    ref: { paragraph: 'p.4(6)' },
    label: L('Ішкі бақылау есебіндегі бас тарту фактілері, кемінде', 'Факты отказа в отчете по внутреннему контролю, не менее', 'Refusal facts in the internal-control report, at least'),
    values: one(1),
  },
  'window.W6.months': {
    ref: { paragraph: 'p.4(1)-(2)' },
    ...unit('months'),
    label: L('Соңғы алты ай', 'Последние шесть месяцев', 'The last six months'),
    values: one(6),
  },
  'window.W12.months': {
    ref: { paragraph: 'p.4(3)-(5)', note: 'A7' },
    ...unit('months'),
    label: L('Бір жыл ішінде', 'В течение одного года', 'Within one year'),
    values: one(12),
  },
  // ---- p.9: subjective score
  'subj.gross.score': {
    ref: { paragraph: 'p.9 ¶3' },
    label: L('Өрескел бұзушылық кезіндегі көрсеткіш', 'Показатель при грубом нарушении', 'Indicator on a gross violation'),
    values: one(100),
  },
  'subj.significant.coefficient': {
    ref: { paragraph: 'p.9 ¶5' },
    label: L('Елеулі бұзушылықтар коэффициенті', 'Коэффициент значительных нарушений', 'Coefficient of significant violations'),
    values: one('0.7'),
  },
  'subj.minor.coefficient': {
    ref: { paragraph: 'p.9 ¶6' },
    label: L('Елеусіз бұзушылықтар коэффициенті', 'Коэффициент незначительных нарушений', 'Coefficient of minor violations'),
    values: one('0.3'),
  },
  'subj.high.from': {
    ref: { paragraph: 'p.9(1)' },
    label: L('Жоғары тәуекел дәрежесі: 71-ден бастап', 'Высокая степень риска: от 71', 'High risk degree: from 71'),
    values: one(71),
  },
  'subj.notHigh.to': {
    ref: { paragraph: 'p.9(2)' },
    label: L('Жоғарыға жатқызылмаған: 70-ті қоса алғанда дейін', 'Не отнесенная к высокой: до 70 включительно', 'Not high: up to and including 70'),
    values: one(70),
  },
  // ---- p.10–11: preventive control with visits
  'pcv.perYear.max': {
    ref: { paragraph: 'p.10' },
    label: L('Жылына бару арқылы профилактикалық бақылау, ең көбі', 'Профилактический контроль с посещением в год, не более', 'Preventive control visits per year, at most'),
    values: one(1),
  },
  // ---- Crit-App rows 22/23: quarterly internal-control report due by the 10th of the next month
  'report.due.day': {
    ref: { appendix: 'Crit-App', row: '22' },
    label: L('Есеп ұсыну күні (келесі айдың)', 'Срок представления отчета (число следующего месяца)', 'Report due day (of the following month)'),
    values: one(10, 'A40: the 10th itself is on time'),
  },
};
