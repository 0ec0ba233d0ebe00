// Property tests of the lists (spec §10 invariants 5 and 6, p.10–12) over random subjects: a subject
// that is not objectively high is never listed, no subject is on both lists of a year, a subject
// visited in the year before the list is not listed, and the order never puts a lower SP first.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { riskEdition } from '../methodologies/kz-2023-risk/index.js';
import { makeContext } from './context.js';
import { iso } from './dates.js';
import { parseFacts } from './facts-parse.js';
import { buildList } from './list.js';

const date = fc.record({ m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 28 }), y: fc.constantFrom(2026, 2027) }).map((x) => iso(x.y, x.m, x.d));
const s1Row = fc.constantFrom(1, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);
const evidenceRow = fc.constantFrom(20, 21, 22, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34);

const subject = (i: number) =>
  fc.record({
    services: fc.array(fc.record({ date, count: fc.integer({ min: 0, max: 800 }) }), { maxLength: 4 }),
    applications: fc.array(fc.record({ date }), { maxLength: 1 }),
    controls: fc.array(
      fc.oneof(
        fc.record({ date, kind: fc.constant('inspection'), violations: fc.uniqueArray(s1Row, { maxLength: 6 }) }),
        fc.record({ date, kind: fc.constant('pcv') }),
      ),
      { maxLength: 3 },
    ),
    evidence: fc.array(fc.record({ row: evidenceRow, date }), { maxLength: 4 }),
  }).map((f) => ({
    id: `S${String(i).padStart(2, '0')}`,
    name: `Subject ${i}`,
    kind: 'LEB_DISTRICT',
    ...f,
    evidence: f.evidence.map((e) => (e.row === 20 ? { ...e, confirmedByAB: true } : e)),
  }));

const factsArb = fc.integer({ min: 1, max: 6 }).chain((n) => fc.tuple(...[...Array(n)].map((_, i) => subject(i))));
const readingsArb = fc.record({ A16: fc.constantFrom('appendix_totals', 'checklist_totals'), A15: fc.constantFrom('gt70', 'truncate_ge71'), A33: fc.constantFrom('calendar_year', 'rolling_12_months') });

describe('semi-annual lists — properties', () => {
  it('only objectively and subjectively high subjects are listed, once a year, in SP order', () => {
    fc.assert(
      fc.property(factsArb, readingsArb, (subjects, readings) => {
        const facts = parseFacts({ synthetic: true, subjects }, riskEdition);
        const ctx = makeContext(riskEdition, readings);
        const h1 = buildList(ctx, facts, '2027H1');
        const h2 = buildList(ctx, facts, '2027H2');
        for (const l of [h1, h2]) {
          for (const e of l.entries) {
            if (e.assessment.objective.group !== 'high' || e.assessment.final !== 'high') return false;
            const visited = e.assessment.subject.facts.controls.some((c) => c.kind === 'pcv' && c.date < l.referenceDate && c.date.startsWith('2027'));
            if (readings.A33 === 'calendar_year' && visited) return false;
          }
          for (let i = 1; i < l.entries.length; i++) {
            if (l.entries[i]!.assessment.subjective!.sp.gt(l.entries[i - 1]!.assessment.subjective!.sp)) return false;
          }
          if (l.entries.length + l.excluded.length !== subjects.length) return false;
        }
        const onH1 = new Set(h1.entries.map((e) => e.subjectId));
        return h2.entries.every((e) => !onH1.has(e.subjectId));
      }),
      { numRuns: 150 },
    );
  });
});
