#!/usr/bin/env node
// tiimdi — the command line: a thin shell over the engine and the methodology editions.
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, Option } from 'commander';
import { parse as parseYaml } from 'yaml';
import { editions, findEdition } from '../methodologies/index.js';
import { evaluateCampaign, EvaluationError } from '../engine/evaluate.js';
import { InputError, formatIssue } from '../engine/validate.js';
import { campaignSchema } from '../engine/schema.js';
import type { CampaignInput, Lang } from '../engine/types.js';
import { demoFor } from '../demo/index.js';
import { explain, rankedTable, showTree, table } from './format.js';
import { extraCommands } from './extra.js';

const langOption = () => new Option('--lang <lang>', 'language of labels').choices(['kk', 'ru', 'en']).default('en');

export function loadFile(path: string): unknown {
  const text = readFileSync(path, 'utf8');
  return path.endsWith('.json') ? JSON.parse(text) : parseYaml(text);
}

function statusOn(from: string, to: string | undefined, today: string): string {
  if (today < from) return 'not yet in force';
  if (to && today > to) return 'repealed / expired';
  return 'in force';
}

export function buildProgram(print: (s: string) => void = (s) => process.stdout.write(s + '\n')): Command {
  const program = new Command('tiimdi').description('Rules as code for the assessment of the effectiveness of government bodies of Kazakhstan');
  program.exitOverride();

  program
    .command('methodologies')
    .description('the methodology editions with their dates and status')
    .addOption(langOption())
    .action((o: { lang: Lang }) => {
      const today = new Date().toISOString().slice(0, 10);
      print(
        table(
          ['Edition', 'Title', 'From', 'To', 'Status'],
          editions.map((e) => [e.id, e.act.title[o.lang], e.effective.from, e.effective.to ?? '—', statusOn(e.effective.from, e.effective.to, today) + (e.partial ? ', partial' : '')]),
        ),
      );
    });

  program
    .command('show <edition>')
    .description('the tree of an edition with max points, references and provenance')
    .addOption(langOption())
    .action((id: string, o: { lang: Lang }) => print(showTree(findEdition(id), o.lang)));

  program
    .command('schema <edition>')
    .description('the JSON Schema of a campaign input file for the edition')
    .action((id: string) => print(JSON.stringify(campaignSchema(findEdition(id)), null, 2)));

  const evaluate = (campaign: CampaignInput, o: { format: string; explain?: string; lang: Lang; reading?: string[] }) => {
    const e = findEdition(campaign.edition);
    for (const r of o.reading ?? []) {
      const [k, v] = r.split('=');
      if (!k || !v) throw new Error(`--reading expects ID=OPTION, got "${r}"`);
      campaign.readings = { ...campaign.readings, [k]: v };
    }
    const result = evaluateCampaign(e, campaign);
    if (o.explain) {
      const [bodyId, nodeId] = o.explain.split(':');
      const b = result.bodies.find((x) => x.id === bodyId);
      if (!b) throw new Error(`--explain: no body "${bodyId}" in the campaign`);
      print(explain(e, b, nodeId || e.root.id, o.lang, 8));
      return;
    }
    if (o.format === 'json') print(JSON.stringify(result, null, 2));
    else print(rankedTable(e, result, o.lang, campaign.title));
  };
  const evalOptions = (c: Command) =>
    c
      .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
      .option('--explain <body:node>', 'the full trace of one node of one body')
      .option('--reading <id=option...>', 'choose a reading (repeatable)')
      .addOption(langOption());

  evalOptions(program.command('evaluate <campaign-file>').description('score a campaign file (.json or .yaml): scores, levels, ranks, traces')).action(
    (file: string, o: { format: string; explain?: string; lang: Lang; reading?: string[] }) => evaluate(loadFile(file) as CampaignInput, o),
  );

  evalOptions(program.command('demo').description('the SYNTHETIC demo assessment of an edition (default: the 2017 methodology), ranked'))
    .option('--edition <id>', 'the edition whose demo campaign to run', 'kz-2017-interaction')
    .option('--write <file>', 'write the demo campaign input to a file instead of scoring it')
    .action((o: { format: string; explain?: string; lang: Lang; reading?: string[]; write?: string; edition: string }) => {
      const c = demoFor(o.edition);
      if (o.write) {
        writeFileSync(o.write, JSON.stringify(c, null, 2));
        print(`wrote ${o.write} (${c.bodies.length} SYNTHETIC bodies)`);
        return;
      }
      evaluate(c, o);
    });

  extraCommands(program, print);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(`input refused (${e.issues.length} problem${e.issues.length > 1 ? 's' : ''}):\n${e.issues.map((i) => '  ' + formatIssue(i)).join('\n')}\n`);
      return 2;
    }
    const ce = e as { code?: string; exitCode?: number };
    if (ce.code?.startsWith('commander.')) return ce.exitCode ?? 1;
    process.stderr.write(`${e instanceof EvaluationError ? 'evaluation error' : 'error'}: ${(e as Error).message}\n`);
    return 1;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  process.exitCode = await main(process.argv);
}
