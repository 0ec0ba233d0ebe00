// The schedule's verdicts (late, incomplete) reach the penalties of the editions that have them,
// visibly in the trace as App 9 inputs.
import { describe, it, expect } from 'vitest';
import { applyReportingVerdict } from '../src/engine/timeliness.js';
import { evaluateCampaign } from '../src/engine/evaluate.js';
import { findEdition } from '../src/methodologies/index.js';
import { demoFor } from '../src/demo/index.js';
import { Decimal } from '../src/engine/decimal.js';

describe('reporting verdicts from the schedule', () => {
  for (const [id, late, incomplete] of [
    ['kz-2014-public-services', 'lateAgency', 'incompleteAgency'],
    ['kz-2015-ict', 'late', 'incomplete'],
  ] as const) {
    it(`${id}: a late and an incomplete body lose points, and the trace names App9.${late} / App9.${incomplete}`, () => {
      const e = findEdition(id);
      const c = demoFor(id);
      // a body the demo did not already mark late or incomplete
      const clean = c.bodies.find((b) => !(b.forms.App9 as Record<string, unknown> | undefined)?.[late] && !(b.forms.App9 as Record<string, unknown> | undefined)?.[incomplete])!;
      expect(clean, 'a clean demo body').toBeDefined();
      const before = evaluateCampaign(e, c).bodies.find((b) => b.id === clean.id)!;
      const marked = { ...c, bodies: c.bodies.map((b) => (b.id === clean.id ? applyReportingVerdict(e, b, { late: true, incomplete: true }) : b)) };
      const after = evaluateCampaign(e, marked).bodies.find((b) => b.id === clean.id)!;
      expect(new Decimal(after.score).lt(before.score), `${before.score} → ${after.score}`).toBe(true);
      const inputs = Object.values(after.traces).flatMap((t) => t.inputs);
      expect(inputs).toContainEqual(expect.objectContaining({ form: 'App9', field: late, value: 'true' }));
      expect(inputs).toContainEqual(expect.objectContaining({ form: 'App9', field: incomplete, value: 'true' }));
    });
  }
  it('leaves editions without reporting penalties and on-time bodies untouched', () => {
    const e17 = findEdition('kz-2017-interaction');
    const b = demoFor('kz-2017-interaction').bodies[0]!;
    expect(applyReportingVerdict(e17, b, { late: true, incomplete: true })).toBe(b);
    const e14 = findEdition('kz-2014-public-services');
    const b14 = demoFor('kz-2014-public-services').bodies[0]!;
    expect(applyReportingVerdict(e14, b14, { late: false, incomplete: false }).forms).toEqual(b14.forms);
  });
});
