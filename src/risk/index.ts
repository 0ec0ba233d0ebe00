// Risk-based control of public-service providers: objective triggers, subjective score, semi-annual
// lists and checklists over a facts file. Pure logic, except ./loader.ts (reads the file).
export * from './model.js';
export * from './facts.js';
export { parseFacts, FactsError } from './facts-parse.js';
export { makeContext, reading, param, ReadingError, type RiskContext } from './context.js';
export { evaluateObjective, type ObjectiveResult, type TriggerResult, type FactRef } from './objective.js';
export { collectViolations, type Violation } from './evidence.js';
export { basisFor, scoreCounts, scoreCriteria, countRows, band, type Score, type Counts, type Basis } from './subjective.js';
export { assessSubject, type Assessment } from './assess.js';
export { buildList, listDeadline, parseHalf, type SemiAnnualList, type ListEntry } from './list.js';
export { checklistStatus, checklistFindings } from './checklist.js';
export { checkIinBin } from './iin-bin.js';
