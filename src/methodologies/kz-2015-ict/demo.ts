// A SYNTHETIC campaign for demonstrations: four central bodies and three local executive bodies with
// invented findings, drawn from a fixed seed so every run gives the same figures. Every part is kept
// within its total (implemented ≤ required, late ≤ due, answered ≤ received …).
import type { BodyInput, CampaignInput } from '../../engine/types.js';
import { CENTRAL, LOCAL } from './kinds.js';
import { app8Owners } from './app8-lao-functions.js';
import { app5Table1, app5Table2, app6Table1, app6Table2 } from './app5-app6-sections.js';
import { prng as rng } from '../../demo/generate.js';

export function demoCampaign(seed = 2016): CampaignInput {
  const r = rng(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const part = (whole: number, min = 0.5) => Math.min(whole, Math.round(whole * (min + (1 - min) * r())));
  const chance = (p: number) => r() < p;

  const body = (i: number, kind: string): BodyInput => {
    const central = kind === CENTRAL;
    const t = central ? 't1' : 't2';
    const [s5, s6] = central ? [app5Table1, app6Table1] : [app5Table2, app6Table2];
    const missing = (sections: typeof s5, prefix: string) =>
      Object.fromEntries(sections.filter(() => chance(0.3)).map((s) => [`${prefix}_${s.no.replace('.', '_')}`, int(1, s.items)]));
    const depIs = int(0, 6);
    const required = depIs === 0 ? 0 : int(0, 10);
    const due = int(0, depIs);
    const full = int(5, 40);
    const partial = int(0, 20);
    const notAuto = int(0, 20);
    const docsDue = int(100, 3000);
    const apps = int(0, 800);
    const forms: BodyInput['forms'] = {
      App4: {
        share_within_depth: Number((0.3 + 0.7 * r()).toFixed(2)),
        search_positions: ['google', 'yandex', 'mail.ru'].map((engine) => ({ engine, name_form: 'full', position: int(1, 30) })),
        facts_2_1: int(0, 3),
        facts_2_7: int(0, 2),
        absent_2_4: chance(0.2),
        absent_4_5: chance(0.3),
        en_translation: chance(0.5) ? 'interface_all_pages' : 'home_page_only',
      },
      App5: { ...missing(s5, `${t}_kk`), ...missing(s5, `${t}_ru`), deficiencies_kk: int(0, 8), deficiencies_ru: int(0, 8) },
      App6: { mobile_mode: chance(0.6) ? 'auto' : chance(0.5) ? 'link_from_main' : 'none', link_to_main: chance(0.8), ...missing(s6, `${t}_kk`), deficiencies_kk: int(0, 3) },
      App1T1: { departmental_is: depIs, integrations_required: required, integrations_implemented: part(required), is_due: due, is_late: part(due, 0), refusals_with_joint_plan: chance(0.1) ? 1 : 0 },
      App1T2: central
        ? { omo_unit: chance(0.85), staff_qualified: 0, staff_total: 0 }
        : { lao_apparatus_unit: chance(0.8), lao_departments: 20, lao_departments_covered: int(8, 20), staff_qualified: 0, staff_total: 0 },
      App1T3: { functions_full: full, functions_partial: partial, functions_not_automated: notAuto, functions_via_departmental_is: part(full + partial) },
      App1T4: { docs_sent: part(docsDue, 0.6), docs_due: docsDue, applications_registered: part(apps, 0.7), applications_total: apps },
      Intranet: {
        directory_checked: 10, directory_full: int(6, 10), library_docs: int(2, 12), library_empty_folder: chance(0.2), beps_connected: 200, beps_using: int(100, 200),
        wg_docs_placed: 10, wg_docs_archived: int(0, 10),
        ...(central ? { npa_due_send: 12, npa_sent: int(10, 12), npa_due_agree: 15, npa_agreed: int(12, 15) } : {}),
      },
      OpenDialogue: central ? { blog_questions: 40, blog_answered: int(28, 40) } : { conferences_held: int(0, 4), conference_questions: 30, conference_answered: int(18, 30) },
      App9: { late: chance(0.2), incomplete: chance(0.1), false_facts: int(0, 4) },
    };
    const t2 = forms.App1T2 as Record<string, number | boolean>;
    t2.staff_total = int(3, 15);
    t2.staff_qualified = int(0, t2.staff_total);
    if (central) {
      forms.App7 = { participant: chance(0.7), over50_5: chance(0.3), over50_9: chance(0.2), over50_2_3: chance(0.3) };
      const owner = i % 2 === 0 ? app8Owners[int(0, app8Owners.length - 1)]! : 'none';
      forms.App8 = { owner, per_lao: owner === 'none' ? [] : Array.from({ length: 17 }, (_, j) => ({ lao: `SYN-LAO-${j + 1}`, subject: 6, automated: int(0, 6) })) };
      forms.OpenNPA = { plan_laws: 6, plan_laws_published: int(3, 6), comments: 50, comments_answered: int(30, 50) };
    }
    return {
      id: `SYN-ICT-${kind === CENTRAL ? 'C' : 'L'}${i + 1}`,
      name: central
        ? { en: `Synthetic ministry ${i + 1}`, ru: `Синтетическое министерство ${i + 1}`, kk: `Синтетикалық министрлік ${i + 1}` }
        : { en: `Synthetic akimat ${i + 1}`, ru: `Синтетический акимат ${i + 1}`, kk: `Синтетикалық әкімдік ${i + 1}` },
      kind,
      forms,
    };
  };

  return {
    edition: 'kz-2015-ict',
    asOf: '2023-12-31',
    title: 'SYNTHETIC demo — ICT-use effectiveness assessment 2023 (order No. 1279 methodology)',
    synthetic: true,
    bodies: [...[0, 1, 2, 3].map((i) => body(i, CENTRAL)), ...[0, 1, 2].map((i) => body(i, LOCAL))],
  };
}
