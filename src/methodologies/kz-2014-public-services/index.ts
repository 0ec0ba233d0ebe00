export { edition } from './edition.js';
export { demoCampaign } from './demo.js';
