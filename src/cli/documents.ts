// `tiimdi conclusion | findings | export`: the conclusion documents (DOCX/PDF/text) of a body, the
// editable draft of their findings, and the Excel exports of a campaign. Wired in by ./extra.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import { evaluateCampaign } from '../engine/evaluate.js';
import type { CampaignInput, CampaignResult, EditionDecl, Lang } from '../engine/types.js';
import { findEdition } from '../methodologies/index.js';
import {
  conclusionDocument,
  conclusionFormsOf,
  DOC_FORMATS,
  draftFindings,
  findBody,
  findConclusionForm,
  findingsToText,
  formsForKind,
  parseFindingsText,
  rankingsWorkbook,
  scorecardWorkbook,
  type DocFormat,
} from '../documents/index.js';

type Print = (s: string) => void;

const langOption = () => new Option('--lang <lang>', 'language of the document').choices(['kk', 'ru', 'en']).default('ru');

function evaluated(file: string, readings: string[] = []): { edition: EditionDecl; result: CampaignResult } {
  const text = readFileSync(file, 'utf8');
  const campaign = (file.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as CampaignInput;
  for (const r of readings) {
    const [k, v] = r.split('=');
    if (!k || !v) throw new Error(`--reading expects ID=OPTION, got "${r}"`);
    campaign.readings = { ...campaign.readings, [k]: v };
  }
  const edition = findEdition(campaign.edition);
  return { edition, result: evaluateCampaign(edition, campaign) };
}

const formatOf = (out: string | undefined, format: string | undefined): DocFormat => {
  const f = format ?? out?.split('.').pop();
  if (!f || !(DOC_FORMATS as readonly string[]).includes(f)) throw new Error(`--format must be one of ${DOC_FORMATS.join(', ')} (or given by the --out extension)`);
  return f as DocFormat;
};

export function registerDocumentCommands(program: Command, print: Print = (s) => process.stdout.write(s + '\n')): void {
  program
    .command('conclusion <campaign-file>')
    .description('a conclusion form of one body as DOCX, PDF or text (findings drafted from the trace unless --text is given)')
    .requiredOption('--body <id>', 'the assessed body')
    .option('--form <id>', 'the appendix form, e.g. App19 (see `tiimdi conclusion-forms <edition>`)')
    .addOption(langOption())
    .addOption(new Option('--format <format>', 'output format (default: from the --out extension)').choices([...DOC_FORMATS]))
    .option('--out <file>', 'write the document here (text goes to standard output without it)')
    .option('--text <file>', 'the final findings: the edited output of `tiimdi findings`')
    .option('--period <text>', 'the reporting period as printed (default: the year of the campaign)')
    .option('--reading <id=option...>', 'choose a reading (repeatable)')
    .action(async (file: string, o: { body: string; form?: string; lang: Lang; format?: string; out?: string; text?: string; period?: string; reading?: string[] }) => {
      const { edition, result } = evaluated(file, o.reading);
      const body = findBody(result, o.body);
      const formId = o.form ?? formsForKind(edition.id, body.kind)[0]?.id;
      if (!formId) throw new Error(`edition ${edition.id} has no conclusion form`);
      const form = findConclusionForm(edition.id, formId, body.kind);
      const text = o.text ? parseFindingsText(readFileSync(o.text, 'utf8'), form.analysis.length) : undefined;
      const format = formatOf(o.out, o.format ?? (o.out ? undefined : 'txt'));
      if (format !== 'txt' && !o.out) throw new Error(`--out <file> is required for ${format}`);
      const buf = await conclusionDocument({ edition, result, bodyId: body.id, formId, lang: o.lang, text, period: o.period }, format);
      if (!o.out) return print(buf.toString('utf8').trimEnd());
      writeFileSync(o.out, buf);
      print(`wrote ${o.out}: ${edition.id} ${form.id}, ${body.id}, ${o.lang}, ${format} (${buf.length} bytes)${result.synthetic ? ' — SYNTHETIC' : ''}`);
    });

  program
    .command('findings <campaign-file>')
    .description('the draft analysis and "conclusions and recommendations" of a form, drafted from the trace, as editable text')
    .requiredOption('--body <id>', 'the assessed body')
    .requiredOption('--form <id>', 'the appendix form, e.g. App19')
    .addOption(langOption())
    .option('--reading <id=option...>', 'choose a reading (repeatable)')
    .action((file: string, o: { body: string; form: string; lang: Lang; reading?: string[] }) => {
      const { edition, result } = evaluated(file, o.reading);
      const body = findBody(result, o.body);
      const form = findConclusionForm(edition.id, o.form, body.kind);
      print(findingsToText(form, draftFindings(edition, form, body, o.lang), o.lang).trimEnd());
    });

  program
    .command('conclusion-forms <edition>')
    .description('the conclusion forms an edition can print')
    .addOption(langOption())
    .action((id: string, o: { lang: Lang }) => {
      for (const f of conclusionFormsOf(findEdition(id).id)) print(`${f.id.padEnd(12)} ${(f.appliesTo ?? ['all']).join(',').padEnd(14)} ${f.title[o.lang]}`);
    });

  program
    .command('export <campaign-file>')
    .description('Excel workbook: the rankings per body kind, or one body\'s full scorecard with --body')
    .requiredOption('--out <file>', 'the .xlsx file to write')
    .option('--body <id>', 'the scorecard of this body instead of the rankings')
    .addOption(langOption())
    .option('--reading <id=option...>', 'choose a reading (repeatable)')
    .action(async (file: string, o: { out: string; body?: string; lang: Lang; reading?: string[] }) => {
      const { edition, result } = evaluated(file, o.reading);
      const buf = o.body ? await scorecardWorkbook(edition, result, findBody(result, o.body), o.lang) : await rankingsWorkbook(edition, result, o.lang);
      writeFileSync(o.out, buf);
      print(`wrote ${o.out}: ${o.body ? `scorecard of ${o.body}` : 'rankings'} (${edition.id}, ${o.lang})${result.synthetic ? ' — SYNTHETIC' : ''}`);
    });
}
