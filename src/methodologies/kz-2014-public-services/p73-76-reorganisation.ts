// Chapter 8, §73–§76: reorganisation or liquidation of an assessed body (literal reading, seed-000 A-19).
//   §73: in the first half-year after the reporting period → assessed within the legal successor's
//        assessment and counted in the successor's final score;
//   §74–§75: in the second half-year after the reporting period → not assessed; its analysis feeds the
//        successor's conclusions and recommendations, not the successor's score;
//   §76: from the start of the following year until the Schedule's reporting deadline → assessed on its
//        results for the period; results on the transferred functions go to the successor as
//        recommendations. §76 overlaps §73 and, being the more specific rule, takes precedence.
// Reading A-19 = within-period takes the half-years of the reporting year instead.
import { L } from '../../engine/build.js';
import type { CampaignInput, Labels } from '../../engine/types.js';
import { R } from './readings.js';

export type ReorgRule = 'p76-own-results' | 'p73-within-successor' | 'p74-not-assessed' | 'outside-rules';

export const REORG_RULE_LABELS: Record<ReorgRule, Labels> = {
  'p76-own-results': L(
    'Бағаланатын кезеңдегі нәтижелер ескеріле отырып бағаланады; нәтижелер мирасқорға ұсынымдар ретінде беріледі (76-тармақ)',
    'Оценивается с учетом результатов за оцениваемый период; результаты передаются правопреемнику в виде рекомендаций (п. 76)',
    'Assessed on its results for the period; results on the transferred functions go to the successor as recommendations (§76)',
  ),
  'p73-within-successor': L(
    'Құқықтық мирасқордың бағалау шеңберінде бағаланады және оның қорытынды бағасында есептеледі (73-тармақ)',
    'Оценивается в рамках оценки правопреемника и учитывается в его итоговой оценке (п. 73)',
    'Assessed within the legal successor’s assessment and counted in its final score (§73)',
  ),
  'p74-not-assessed': L(
    'Бағаланбайды; қызметінің талдауы мирасқорға берілетін ұсыныстарда есептеледі (74–75-тармақтар)',
    'Не оценивается; анализ деятельности учитывается в рекомендациях правопреемнику (пп. 74–75)',
    'Not assessed; its analysis is used in the successor’s recommendations, not in its score (§74–§75)',
  ),
  'outside-rules': L('73–76-тармақтар қолданылмайды', 'Пункты 73–76 не применяются', '§73–§76 do not apply (event outside their periods)'),
};

export function reorganisationRule(
  reportingYear: number,
  eventDate: string,
  reportingDeadline?: string,
  basis: 'after-period' | 'within-period' = 'after-period',
): ReorgRule {
  const next = reportingYear + 1;
  if (reportingDeadline && eventDate >= `${next}-01-01` && eventDate <= reportingDeadline) return 'p76-own-results';
  const y = basis === 'after-period' ? next : reportingYear;
  if (eventDate >= `${y}-01-01` && eventDate <= `${y}-06-30`) return 'p73-within-successor';
  if (eventDate >= `${y}-07-01` && eventDate <= `${y}-12-31`) return 'p74-not-assessed';
  return 'outside-rules';
}

export interface ReorgDecision {
  bodyId: string;
  rule: ReorgRule;
  successor?: string;
  label: Labels;
}

/**
 * Applies §73–§76 to a campaign: bodies that are not assessed (§74) leave the campaign (and so the
 * load-index pool); the others stay, with the rule recorded for the conclusions.
 */
export function applyReorganisation(campaign: CampaignInput, reportingYear: number): { campaign: CampaignInput; decisions: ReorgDecision[] } {
  const basis = (campaign.readings?.[R.REORG] ?? 'after-period') as 'after-period' | 'within-period';
  const decisions: ReorgDecision[] = [];
  const bodies = campaign.bodies.filter((b) => {
    const f = b.forms['Reorg'] as { date?: string; successor?: string; reportingDeadline?: string } | undefined;
    if (!f?.date) return true;
    const rule = reorganisationRule(reportingYear, f.date, f.reportingDeadline, basis);
    decisions.push({ bodyId: b.id, rule, ...(f.successor ? { successor: f.successor } : {}), label: REORG_RULE_LABELS[rule] });
    return rule !== 'p74-not-assessed';
  });
  return { campaign: { ...campaign, bodies }, decisions };
}
