// The 2023 risk-degree criteria and checklist (seed 001). Exported as `riskEdition` (not `edition`):
// it is a risk edition (src/risk/model.ts), not a scoring tree, and its YAML cases have their own
// runner (./cases.test.ts).
export { KZ_2023_RISK as riskEdition } from './edition.js';
