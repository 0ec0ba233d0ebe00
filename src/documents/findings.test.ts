// Findings drafted from the trace, the editable text round trip, and the CLI commands.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCampaign } from '../engine/evaluate.js';
import { demo2017 } from '../demo/index.js';
import { findEdition } from '../methodologies/index.js';
import { buildProgram } from '../cli/main.js';
import { app19Conclusion, app3Conclusion } from '../methodologies/kz-2017-interaction/conclusions.js';
import { draftFindings, findingsToText, parseFindingsText } from './index.js';
import { num } from './labels.js';
import { docxText } from './test-helpers.js';

const edition = findEdition('kz-2017-interaction');
const campaign = demo2017();
const result = evaluateCampaign(edition, campaign);
const penalised = result.bodies.find((b) => b.kind === 'central' && Number(b.values['D1.PEN']) > 0)!;
const clean = result.bodies.find((b) => ['D1.PEN', 'D2.PEN', 'D3.PEN'].every((p) => Number(b.values[p]) === 0));

describe('draftFindings', () => {
  it('names the unreliable facts, their field and the penalty deducted per direction', () => {
    const d = draftFindings(edition, app19Conclusion, penalised, 'ru');
    const facts = penalised.traces['D1.PEN']!.inputs[0]!;
    expect(d.conclusions).toContain(`вычтено ${num(penalised.values['D1.PEN'], 'ru')} балла (п. 12–15, приложение 1)`);
    expect(d.conclusions).toContain(`(App1.${facts.field}) = ${facts.value}`);
    expect(d.conclusions).toContain('Качество оказания государственных услуг');
    expect(d.conclusions).toContain('Рекомендация:');
  });
  it('a body without penalties is told so', () => {
    if (!clean) return;
    expect(draftFindings(edition, app19Conclusion, clean, 'kk').conclusions).toContain('Дұрыс емес ақпарат фактілері анықталған жоқ');
  });
  it('lists the weakest indicators, lowest score/max first, with their paragraph', () => {
    const d = draftFindings(edition, app3Conclusion, penalised, 'en');
    const line = d.conclusions.split('\n\n').find((p) => p.startsWith('Weakest indicators:'))!;
    const ratios = [...line.matchAll(/— ([\d.]+) of ([\d.]+) \(/g)].map((m) => Number(m[1]) / Number(m[2]));
    expect(ratios.length).toBeGreaterThan(0);
    expect([...ratios].sort((a, b) => a - b)).toEqual(ratios);
    expect(line).toMatch(/p\.\d+/);
  });
  it('one analysis text per analysis item, each with the score of its row', () => {
    const d = draftFindings(edition, app3Conclusion, penalised, 'kk');
    expect(d.analysis).toHaveLength(7);
    expect(d.analysis[1]).toContain(`Баға: ${num(penalised.values['D1.K2'], 'kk')} / 20`);
  });
  it('the editable text reads back to the same draft', () => {
    const d = draftFindings(edition, app19Conclusion, penalised, 'kk');
    expect(parseFindingsText(findingsToText(app19Conclusion, d, 'kk'), 3)).toEqual(d);
  });
});

describe('CLI: conclusion, findings, export', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tiimdi-docs-'));
  const file = join(dir, 'demo.json');
  writeFileSync(file, JSON.stringify(campaign));
  const run = async (...args: string[]) => {
    const out: string[] = [];
    await buildProgram((s) => out.push(s)).parseAsync(['node', 'tiimdi', ...args]);
    return out.join('\n');
  };
  it('findings → edited text → conclusion DOCX with the evaluator’s words', async () => {
    const draft = await run('findings', file, '--body', 'MOJ', '--form', 'App19', '--lang', 'ru');
    expect(draft).toContain('## 1. Качество оказания государственных услуг');
    const edited = join(dir, 'f.txt');
    writeFileSync(edited, draft.replace(/## \*.*\n[\s\S]*$/, '## * Выводы и рекомендации\nИтоговый текст оценщика.\n'));
    const out = join(dir, 'moj.docx');
    expect(await run('conclusion', file, '--body', 'MOJ', '--form', 'App19', '--lang', 'ru', '--out', out, '--text', edited)).toContain('SYNTHETIC');
    const text = docxText(readFileSync(out));
    expect(text).toContain('Итоговый текст оценщика.');
    expect(text).toContain('Министерство юстиции');
  });
  it('export writes the rankings and a scorecard', async () => {
    expect(await run('export', file, '--out', join(dir, 'r.xlsx'))).toContain('rankings');
    expect(await run('export', file, '--out', join(dir, 's.xlsx'), '--body', 'AKM', '--lang', 'kk')).toContain('scorecard of AKM');
    expect(readFileSync(join(dir, 's.xlsx')).subarray(0, 2).toString()).toBe('PK');
  });
});
