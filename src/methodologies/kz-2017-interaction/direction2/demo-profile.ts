// Hints for the SYNTHETIC demo campaign (src/demo/generate.ts Profile: by `form.field`, the range of a
// part's share of its total, or the range of the value). Invented magnitudes, not law: most sites
// carry most of what App 15/16 ask, a few deficiencies, a few failed App 14 requirements. Generated
// from the tables so every field of direction 2 is covered; the demo profile may spread it in.
import { LANG_VERSIONS } from './languages.js';
import { fieldKey, type SiteSection } from './site-sections.js';
import { table1, table2 } from './app12-table.js';
import { app15Table1, app15Table2 } from './app15-table.js';
import { app16Table1, app16Table2 } from './app16-table.js';

type Hints = Record<string, readonly [number, number]>;

function sections(formId: string, table: readonly SiteSection[], out: Hints) {
  for (const s of table)
    for (const { id: lang } of LANG_VERSIONS) {
      const k = `${formId}.${fieldKey(s)}_${lang}`;
      out[`${k}_applicable`] = [s.items.length, s.items.length];
      out[`${k}_present`] = [0.8, 1.5];
      out[`${k}_def`] = [0, 1.3];
    }
}

function build(): Hints {
  const out: Hints = {};
  for (const [formId, rows] of [['App12T1', table1], ['App12T2', table2]] as const) {
    for (const r of rows)
      for (const { id: lang } of LANG_VERSIONS) if (r.rule === 'graded' || r.rule === 'dialogue') out[`${formId}.${r.id}_${lang}_def`] = [0, 2];
    out[`${formId}.DL2_questions`] = [0, 300];
    out[`${formId}.DL2_answered`] = [0.6, 1];
  }
  const app14: Hints = {
    'App14.search_google': [1, 25],
    'App14.search_yandex': [1, 25],
    'App14.search_mailru': [1, 30],
    'App14.browsers_incorrect': [0, 3],
    'App14.nav_share_pct': [30, 100],
    'App14.page_elements_missing': [0, 1.99],
    'App14.sitemap_broken_links': [0, 5],
    'App14.search_features_missing': [0, 2],
    'App14.format_requirements_unmet': [0, 2],
    'App14.large_docs_requirements_unmet': [0, 1.99],
    'App14.dates_requirements_unmet': [0, 1.99],
    'App14.hyperlink_requirements_unmet': [0, 2],
    'App14.graphics_items_unmet': [0, 1.99],
    'App14.rss_channels_missing': [0, 1.99],
  };
  Object.assign(out, app14);
  // department sites of central bodies (p.86): list rows, `form.list.field`
  for (const [k, v] of Object.entries(app14)) out[k.replace('App14.', 'App14.department_sites.')] = v;
  sections('App15T1', app15Table1, out);
  sections('App15T1.department_sites', app15Table1, out);
  sections('App15T2', app15Table2, out);
  sections('App16T1', app16Table1, out);
  sections('App16T2', app16Table2, out);
  return out;
}

export const direction2DemoProfile: Readonly<Hints> = build();
