import { describe, it, expect } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildProgram } from '../src/cli/main.js';
import { demo2017 } from '../src/demo/index.js';

async function run(...args: string[]): Promise<string> {
  const out: string[] = [];
  await buildProgram((s) => out.push(s)).parseAsync(['node', 'tiimdi', ...args]);
  return out.join('\n');
}

describe('tiimdi command line', () => {
  it('lists the editions with dates and status', async () => {
    const out = await run('methodologies');
    expect(out).toMatch(/kz-2017-interaction\s+Methodology for assessing the interaction of a government body with citizens\s+2017-12-28\s+2020-03-05\s+repealed/);
  });
  it('shows a tree in Russian with references and provenance', async () => {
    const out = await run('show', 'kz-2017-interaction', '--lang', 'ru');
    expect(out).toContain('Методика оценки взаимодействия государственного органа с гражданами');
    expect(out).toMatch(/O {2}Общая оценка по блоку/);
    expect(out).toContain('p.114, App 19 | reconstructed-medium F004-114 D4 | by reading D4');
    expect(out).toContain('D4 (default mean; options mean | sum | weighted)');
  });
  it('prints the ranked SYNTHETIC demo with levels', async () => {
    const out = await run('demo');
    expect(out.split('\n')[0]).toBe('*** SYNTHETIC DATA — invented scores, not official results ***');
    expect(out).toMatch(/Akimat of the City of Astana/);
    expect(out).toMatch(/Ministry of Justice/);
  });
  it('runs the SYNTHETIC demo of every edition', async () => {
    for (const id of ['kz-2014-public-services', 'kz-2015-ict', 'kz-2021-operational']) {
      const out = await run('demo', '--edition', id);
      expect(out.split('\n')[0], id).toMatch(/SYNTHETIC/);
      expect(out, id).toContain(id);
    }
  });
  it('evaluates a campaign file, explains a node, and refuses bad input with body, form, field and value', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tiimdi-'));
    const c = demo2017();
    const file = join(dir, 'c.json');
    writeFileSync(file, JSON.stringify(c));
    const json = JSON.parse(await run('evaluate', file, '--format', 'json'));
    expect(json.bodies).toHaveLength(40);
    expect(json.synthetic).toBe(true);
    const ex = await run('evaluate', file, '--explain', 'MOJ:D1');
    expect(ex).toMatch(/^Ministry of Justice \(MOJ, central\)/);
    expect(ex).toMatch(/D1 .* = \d+\.\d\d \/ max 100/);
    expect(ex).toContain('formula:    max(0, total - penalty)');
    expect(ex).toMatch(/input: +n = \d+ +← form App1, field unreliable_facts_d1/);
    expect(ex).toMatch(/parameter: +per_fact = penalty.unreliable.per_fact = 0.2 +\(in force from 2017-12-28\)/);
    c.bodies[1]!.forms.App1 = { unreliable_facts_d2: -1 };
    writeFileSync(file, JSON.stringify(c));
    await expect(run('evaluate', file)).rejects.toThrow('body MOJ, form App1, field unreliable_facts_d2: below the minimum 0 (value: -1)');
  });
  it('prints a JSON Schema generated from the declared forms', async () => {
    const s = JSON.parse(await run('schema', 'kz-2017-interaction'));
    expect(s.properties.edition.const).toBe('kz-2017-interaction');
    expect(s.properties.bodies.items.properties.forms.properties.App1.properties.unreliable_facts_d1.type).toBe('integer');
    expect(s.properties.readings.properties.D4.enum).toEqual(['mean', 'sum', 'weighted']);
  });
});
