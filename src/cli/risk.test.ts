// The risk commands run end to end on the synthetic demo file through a commander program, as the
// lead's main.ts will wire them.
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { registerRiskCommands } from './risk.js';

const demo = join(import.meta.dirname, '..', 'risk', 'demo-facts.yaml');

async function run(...args: string[]): Promise<string> {
  const out: string[] = [];
  const program = new Command('tiimdi').exitOverride();
  registerRiskCommands(program, (s) => out.push(s));
  await program.parseAsync(['risk', ...args], { from: 'user' });
  return out.join('\n');
}

describe('tiimdi risk', () => {
  it('assess: every subject with objective triggers, the score formula and the SYNTHETIC banner', async () => {
    const text = await run('assess', demo, '--half', '2027H1');
    expect(text).toMatch(/SYNTHETIC/);
    expect(text).toMatch(/SYNTH-02 .*OBJ-1 .* 26\.00 {2}Not assigned to high/);
    expect(text).toContain('SPз = (3 × 100 / 15) × 0.7 = 14.00');
    expect(text).toContain('SP = SPз + SPн = 46.67 + 24.00 = 70.67');
  });

  it('assess in Kazakh and Russian uses the act\'s words', async () => {
    expect(await run('assess', demo, '--subject', 'SYNTH-01', '--lang', 'kk')).toMatch(/Өрескел/);
    expect(await run('assess', demo, '--subject', 'SYNTH-02', '--lang', 'ru')).toMatch(/Не отнесена к высокой/);
  });

  it('assess --format json gives exact and display values', async () => {
    const j = JSON.parse(await run('assess', demo, '--subject', 'SYNTH-04', '--format', 'json'));
    expect(j.synthetic).toBe(true);
    expect(j.assessments[0].subjective.SP).toEqual({ value: '70.67', exact: '70.66666666666666666666666666666666666667' });
    expect(j.assessments[0].objective.met).toEqual(['OBJ-1', 'OBJ-2']);
  });

  it('a reading from the command line changes the result (A15 truncate: 70.67 is not high)', async () => {
    const j = JSON.parse(await run('assess', demo, '--subject', 'SYNTH-04', '--format', 'json', '--reading', 'A15=truncate_ge71'));
    expect(j.assessments[0].final).toBe('not-high');
  });

  it('list --half 2027H1: the ordered list with explanations', async () => {
    const text = await run('list', demo, '--half', '2027H1');
    const ids = [...text.matchAll(/^\d+\s+(SYNTH-\d+)/gm)].map((m) => m[1]);
    expect(ids).toEqual(['SYNTH-07', 'SYNTH-05', 'SYNTH-01', 'SYNTH-06', 'SYNTH-04']);
    expect(text).toMatch(/SP 100: gross 23, 33/);
  });

  it('list --explain adds the full assessment of each entry', async () => {
    const text = await run('list', demo, '--half', '2027H1', '--explain');
    expect(text).toMatch(/#5\nControl subject: SYNTH-04/);
    expect(text).toContain('SPн = (4 × 100 / 5) × 0.3 = 24.00');
  });

  it('list --half 2027H2: late approval flagged, visited subjects not listed again', async () => {
    const text = await run('list', demo, '--half', '2027H2');
    expect(text).toMatch(/LATE_APPROVAL/);
    expect(text).toMatch(/SYNTH-01 .*PCV-2027-001, 2027-02-15/);
  });

  it('checklist: the filled checklist with its findings and preview score; the blank form', async () => {
    const filled = await run('checklist', demo, '--subject', 'SYNTH-01');
    expect(filled).toMatch(/PCV-2027-001 \(pcv, 2027-02-15\), SYNTH-01: complete/);
    expect(filled).toMatch(/Violations found \(S1\): 6 \(Minor\), 8 \(Significant\), 16 \(Gross\)/);
    const blank = await run('checklist', '--blank', '--lang', 'kk');
    expect(blank).toContain('Талаптарға сәйкес келмейді');
    expect(blank).toContain('Орналасқан жерінің мекенжайы');
  });

  it('criteria and readings: the act at a glance', async () => {
    const c = await run('criteria', '--lang', 'ru');
    expect(c).toMatch(/35\s+Грубое\s+Неэффективная деятельность ЦГО/);
    const r = await run('readings', '--reading', 'A16=checklist_totals');
    expect(r).toMatch(/● checklist_totals: Checklist totals: 8 significant, 2 minor/);
    expect(r).toMatch(/○ appendix_totals \(default\)/);
  });

  it('errors name the problem', async () => {
    await expect(run('list', demo, '--half', '2027')).rejects.toThrow(/half-year/);
    await expect(run('assess', demo, '--reading', 'A16=nonsense')).rejects.toThrow(/A16: unknown option "nonsense"/);
  });
});
