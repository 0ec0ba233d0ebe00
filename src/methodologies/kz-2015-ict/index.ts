// The 2015 ICT-use methodology (order No. 1279, reg. No. 12961; repealed 22.07.2024).
export { edition } from './edition.js';
export { demoCampaign } from './demo.js';
export { app2Conclusion, app9Act } from './app2-conclusion.js';
export { app4Items } from './app4-accessibility.js';
export { app5Table1, app5Table2, app6Table1, app6Table2 } from './app5-app6-sections.js';
export { app7Params } from './app7-architecture-portal.js';
export { app8Blocks } from './app8-lao-functions.js';
export { deadlines, specialCommission, reorganisationTreatment, disagreementTableColumns, type ReorganisationTreatment } from './procedures.js';
