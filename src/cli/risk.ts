// `tiimdi risk …`: the 2023 risk-degree criteria (seed 001) over a facts file — assess subjects,
// draw up a semi-annual list, print checklists (blank or filled). Wired into main.ts by the lead.
import { Command, Option } from 'commander';
import type { Lang } from '../engine/types.js';
import { riskEdition } from '../methodologies/kz-2023-risk/index.js';
import { assessSubject } from '../risk/assess.js';
import { makeContext, type RiskContext } from '../risk/context.js';
import { isIsoDate } from '../risk/dates.js';
import type { FactsFile } from '../risk/facts.js';
import { buildList, listReferenceDate, previousListDate } from '../risk/list.js';
import { loadFacts } from '../risk/loader.js';
import { renderCriteria, renderReadings } from '../risk/act-text.js';
import { renderChecklist } from '../risk/checklist-text.js';
import { assessmentJson, listJson } from '../risk/report-json.js';
import { renderAssessments, renderList } from '../risk/report.js';
import { checklistFindings, checklistStatus } from '../risk/checklist.js';
import { msgText } from '../risk/message.js';

type Print = (s: string) => void;

const langOption = () => new Option('--lang <lang>', 'language of labels').choices(['kk', 'ru', 'en']).default('en');
const formatOption = () => new Option('--format <format>', 'output format').choices(['table', 'json']).default('table');

function parseReadings(pairs: string[] | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const r of pairs ?? []) {
    const [k, v, ...rest] = r.split('=');
    if (!k || !v || rest.length) throw new Error(`--reading expects ID=OPTION (e.g. A16=checklist_totals), got "${r}"`);
    out[k] = v;
  }
  return out;
}

function setup(file: string, o: { reading?: string[] }): { facts: FactsFile; ctx: RiskContext } {
  const facts = loadFacts(file, riskEdition);
  return { facts, ctx: makeContext(riskEdition, facts.readings, parseReadings(o.reading)) };
}

export function registerRiskCommands(program: Command, print: Print = (s) => process.stdout.write(s + '\n')): void {
  const risk = program.command('risk').description('risk-based control of public-service providers (2023 criteria and checklist, seed 001)');

  risk
    .command('assess <facts-file>')
    .description('objective triggers, subjective score and final risk degree of every control subject, with the facts behind them')
    .option('--half <half>', 'reference date = the approval date (or deadline) of this list, e.g. 2027H1')
    .option('--date <yyyy-mm-dd>', 'reference date R (the list approval date)')
    .option('--subject <id>', 'only this subject')
    .option('--reading <id=option...>', 'choose a reading (repeatable), e.g. A16=checklist_totals')
    .addOption(formatOption())
    .addOption(langOption())
    .action((file: string, o: { half?: string; date?: string; subject?: string; reading?: string[]; format: string; lang: Lang }) => {
      const { facts, ctx } = setup(file, o);
      if (o.date && !isIsoDate(o.date)) throw new Error(`--date: expected yyyy-mm-dd, got "${o.date}"`);
      const R = o.date ?? (o.half ? listReferenceDate(ctx, facts, o.half) : facts.asOf);
      if (!R) throw new Error(`${file}: give --half or --date (the file has no asOf)`);
      const subjects = o.subject ? facts.subjects.filter((s) => s.id === o.subject) : facts.subjects;
      if (subjects.length === 0) throw new Error(`${file}: no subject "${o.subject}"`);
      const previous = previousListDate(ctx, facts, R);
      const as = subjects.map((s) => assessSubject(ctx, s, R, previous));
      if (o.format === 'json') {
        print(JSON.stringify({ edition: riskEdition.id, synthetic: facts.synthetic, referenceDate: R, readings: ctx.readings, assessments: as.map((a) => assessmentJson(riskEdition, a, o.lang)) }, null, 2));
      } else print(renderAssessments(ctx, facts, as, o.lang));
    });

  risk
    .command('list <facts-file>')
    .description('the semi-annual list of preventive control with visits, ordered by risk, each entry with its score')
    .requiredOption('--half <half>', 'the half-year the list covers, e.g. 2027H1 (approved by 10 Dec 2026) or 2027H2 (by 10 May 2027)')
    .option('--explain', 'print the full assessment of every listed subject after the list')
    .option('--reading <id=option...>', 'choose a reading (repeatable)')
    .addOption(formatOption())
    .addOption(langOption())
    .action((file: string, o: { half: string; explain?: boolean; reading?: string[]; format: string; lang: Lang }) => {
      const { facts, ctx } = setup(file, o);
      const list = buildList(ctx, facts, o.half);
      if (o.format === 'json') print(JSON.stringify({ edition: riskEdition.id, synthetic: facts.synthetic, readings: ctx.readings, list: listJson(riskEdition, list, o.lang) }, null, 2));
      else print(renderList(ctx, facts, list, o.lang, o.explain));
    });

  risk
    .command('criteria')
    .description('the act at a glance: the six objective triggers and the 35 subjective criteria by source and severity')
    .addOption(formatOption())
    .addOption(langOption())
    .action((o: { format: string; lang: Lang }) => {
      if (o.format === 'json') print(JSON.stringify({ triggers: riskEdition.triggers, sources: riskEdition.sources, criteria: riskEdition.criteria }, null, 2));
      else print(renderCriteria(makeContext(riskEdition), o.lang));
    });

  risk
    .command('readings')
    .description('the readings (switches for what the act leaves open), their options and defaults')
    .option('--reading <id=option...>', 'show the effect of choosing a reading (repeatable)')
    .addOption(langOption())
    .action((o: { reading?: string[]; lang: Lang }) => print(renderReadings(makeContext(riskEdition, parseReadings(o.reading)), o.lang)));

  risk
    .command('checklist [facts-file]')
    .description('the checklist of Appendix 2: blank (no file or --blank), or every filled checklist of the file with its findings')
    .option('--blank', 'print the blank form')
    .option('--full', 'also print the full text of every requirement row')
    .option('--subject <id>', 'only this subject')
    .option('--control <id>', 'only this control (inspection or visit)')
    .option('--reading <id=option...>', 'choose a reading (repeatable)')
    .addOption(formatOption())
    .addOption(langOption())
    .action((file: string | undefined, o: { blank?: boolean; full?: boolean; subject?: string; control?: string; reading?: string[]; format: string; lang: Lang }) => {
      if (!file || o.blank) {
        const ctx = makeContext(riskEdition, parseReadings(o.reading));
        if (o.format === 'json') print(JSON.stringify(riskEdition.checklist, null, 2));
        else print(renderChecklist(ctx, null, null, null, o.lang, o.full));
        return;
      }
      const { facts, ctx } = setup(file, o);
      const found = facts.subjects
        .filter((s) => !o.subject || s.id === o.subject)
        .flatMap((s) => s.facts.controls.filter((c) => c.checklist && (!o.control || c.id === o.control)).map((c) => ({ s, c })));
      if (found.length === 0) throw new Error(`${file}: no filled checklist${o.subject ? ` for subject ${o.subject}` : ''}${o.control ? ` in control ${o.control}` : ''}`);
      if (o.format === 'json') {
        print(
          JSON.stringify(
            found.map(({ s, c }) => ({
              subject: s.id,
              control: { id: c.id, kind: c.kind, date: c.date, act: c.act ?? null },
              checklist: c.checklist,
              status: ((st) => ({ complete: st.complete, missing: st.missing.map((m) => msgText(riskEdition, m, o.lang)) }))(checklistStatus(riskEdition, c.checklist!)),
              findings: checklistFindings(riskEdition, c.checklist!).map((x) => ({ row: x.no, severity: x.severity, source: 'S1' })),
            })),
            null,
            2,
          ),
        );
      } else print(found.map(({ s, c }) => renderChecklist(ctx, facts, s, c, o.lang, o.full)).join('\n\n' + '='.repeat(100) + '\n\n'));
    });
}
