export { edition } from './edition.js';
