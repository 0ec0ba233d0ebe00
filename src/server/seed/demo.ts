// The demo: registries, one user per role (five commission members, the quorum), the 2017-edition demo campaign with SYNTHETIC
// submissions (accepted, computed, published) and an open campaign to fill in. Runs once, on an
// empty database. Every score is invented; the campaigns are flagged synthetic.
import { readFileSync } from 'node:fs';
import type { Kysely } from 'kysely';
import { parse as parseYaml } from 'yaml';
import { putApproval, putSubject } from '../domain/risk.js';
import { demo2017, SYNTHETIC_BANNER } from '../../demo/index.js';
import { evaluateCampaign } from '../../engine/evaluate.js';
import type { CampaignInput } from '../../engine/types.js';
import { findEdition } from '../../methodologies/index.js';
import { centralBodies, localBodies } from '../../demo/bodies.js';
import { InputError, validateBody } from '../../engine/validate.js';
import { L } from '../../engine/build.js';
import type { Database } from '../db/types.js';
import { json } from '../db/open.js';
import { appendAudit } from '../audit.js';
import type { Actor, Role } from '../auth/actor.js';
import { loadActorById } from '../auth/actor.js';
import { createCampaign } from '../domain/campaigns.js';
import { createService, createUser, type Body, type UserIn } from '../domain/registries.js';
import { computeCampaign } from '../domain/results.js';
import { loadCalendar } from '../calendar/load.js';
import { setVisibility } from '../domain/campaigns.js';

export const DEMO_EDITION = 'kz-2017-interaction';

/** SYNTHETIC demo logins: known passwords, for a local demo only. */
export const DEMO_USERS: (UserIn & { role: Role })[] = [
  { login: 'admin', displayName: 'Demo administrator', password: 'demo-admin-2018', role: 'administrator' },
  { login: 'methodologist', displayName: 'Demo methodologist', password: 'demo-method-2018', role: 'methodologist' },
  { login: 'evaluator', displayName: 'Demo evaluator (Agency)', password: 'demo-evaluator-2018', role: 'evaluator', assessingBodies: ['ACSA'] },
  { login: 'officer', displayName: 'Demo officer of the Ministry of Justice', password: 'demo-officer-2018', role: 'body_officer', bodies: ['MOJ'] },
  { login: 'commission', displayName: 'Demo commission member', password: 'demo-commission-2018', role: 'commission' },
  { login: 'inspector', displayName: 'Demo inspector', password: 'demo-inspector-2018', role: 'inspector' },
  { login: 'public', displayName: 'Demo member of the public', password: 'demo-public-2018', role: 'public' },
  // The special commission decides with at least 5 members voting (2017 p.118, 2014 §66, ICT ¶108):
  // four more SYNTHETIC members, listed last so the first seven users keep their ids.
  ...[2, 3, 4, 5].map((k) => ({ login: `commission${k}`, displayName: `Demo commission member ${k}`, password: `demo-commission${k}-2018`, role: 'commission' as const })),
];

function demoBodies(): Body[] {
  const base = { region: null, parentId: null, vertical: null, reorganisedOn: null, reorganisedInto: null, liquidatedOn: null };
  const central: Body[] = centralBodies.map((b) => ({ ...base, id: b.id, name: b.name, kind: 'central', level: 'republic' }));
  const local: Body[] = localBodies.map((b) => ({
    ...base,
    id: b.id,
    name: b.name,
    kind: 'local',
    level: b.id === 'AST' ? 'capital' : b.id === 'ALA' || b.id === 'SHY' ? 'city_republican' : 'oblast',
    region: b.id,
  }));
  // Examples of a vertical (not assessed in the demo campaign).
  const vertical: Body[] = [
    { ...base, id: 'MIA.POL.ALA', name: L('Алматы қаласының Полиция департаменті', 'Департамент полиции города Алматы', 'Police Department of Almaty City'), kind: 'central', level: 'republic', region: 'ALA', parentId: 'MIA', vertical: 'territorial' },
    { ...base, id: 'MOF.SRC.AST', name: L('Астана қаласы бойынша Мемлекеттік кірістер департаменті', 'Департамент государственных доходов по городу Астане', 'State Revenue Department for Astana'), kind: 'central', level: 'republic', region: 'AST', parentId: 'MOF', vertical: 'territorial' },
  ];
  return [...central, ...local, ...vertical];
}

/**
 * The demo generator's campaign, made to compute. The generator and the editions evolve
 * separately, so a synthetic draw can break a consistency rule the generator does not know yet
 * (e.g. "present plus not applicable exceed the total"). Each refused number is lowered to its
 * minimum and the campaign is tried again; whatever is left is reported as a seed warning.
 */
function demoInput(): CampaignInput {
  const c = demo2017();
  const edition = findEdition(DEMO_EDITION);
  for (let round = 0; round < 30; round++) {
    try {
      evaluateCampaign(edition, c, { trace: false });
      return c;
    } catch (e) {
      if (!(e instanceof InputError)) throw e;
      let repaired = 0;
      for (const issue of e.issues) {
        const data = c.bodies.find((b) => b.id === issue.body)?.forms[issue.form] as Record<string, unknown> | undefined;
        const decl = edition.forms.find((f) => f.id === issue.form)?.fields;
        if (!data || !decl) continue;
        const [name, sub] = issue.field.split('.');
        let rec = data;
        let fields = decl;
        if (sub !== undefined && issue.row !== undefined) {
          const list = data[name!] as Record<string, unknown>[] | undefined;
          const f = decl.find((x) => x.name === name);
          if (!list?.[issue.row - 1] || !f?.item) continue;
          rec = list[issue.row - 1]!;
          fields = f.item;
        }
        const key = sub ?? name!;
        const f = fields.find((x) => x.name === key);
        if ((f?.type === 'integer' || f?.type === 'number') && rec[key] !== (f.min ?? 0)) {
          rec[key] = f.min ?? 0;
          repaired++;
        }
      }
      if (!repaired) throw e;
    }
  }
  return c;
}

export interface SeedReport {
  seeded: boolean;
  users: { login: string; password: string; role: Role }[];
  warnings: string[];
}

export async function seedDemo(db: Kysely<Database>): Promise<SeedReport> {
  const users = DEMO_USERS.map((u) => ({ login: u.login, password: u.password, role: u.role }));
  const any = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
  if (any) return { seeded: false, users, warnings: [] };
  const warnings: string[] = [];

  const bodies = demoBodies();
  await db.transaction().execute(async (trx) => {
    for (const b of bodies)
      await trx
        .insertInto('bodies')
        .values({ id: b.id, name_kk: b.name.kk, name_ru: b.name.ru, name_en: b.name.en, kind: b.kind, level: b.level, region: b.region, parent_id: b.parentId, vertical: b.vertical, reorganised_on: null, reorganised_into: null, liquidated_on: null })
        .execute();
    await appendAudit(trx, { user: null, action: 'seed.bodies', entity: 'body', id: '*', after: { count: bodies.length, synthetic: false } });
  });
  for (const u of DEMO_USERS) await createUser(db, null, u);
  const admin = (await loadActorById(db, (await db.selectFrom('users').select('id').where('login', '=', 'admin').executeTakeFirstOrThrow()).id))!;
  const evaluator = (await db.selectFrom('users').select('id').where('login', '=', 'evaluator').executeTakeFirstOrThrow()).id;

  const services = [
    { code: '900001', kk: 'SYNTHETIC: Соттылығы туралы анықтама беру', ru: 'SYNTHETIC: Выдача справки о наличии либо отсутствии судимости', providers: ['MIA'], automation: 'full' as const },
    { code: '900002', kk: 'SYNTHETIC: Жылжымайтын мүлікке құқықтарды тіркеу', ru: 'SYNTHETIC: Государственная регистрация прав на недвижимое имущество', providers: ['MOJ'], automation: 'partial' as const },
    { code: '900003', kk: 'SYNTHETIC: Жер учаскесіне құқық беру', ru: 'SYNTHETIC: Предоставление права на земельный участок', providers: ['AST', 'ALA', 'SHY'], automation: 'none' as const },
  ];
  for (const s of services)
    await createService(db, admin, {
      code: s.code,
      name: { kk: s.kk, ru: s.ru },
      subtypes: [],
      providers: s.providers,
      channels: s.automation === 'full' ? ['egov'] : s.automation === 'partial' ? ['egov', 'state_corporation'] : ['paper'],
      automation: s.automation,
      mobile: s.automation === 'full',
      standardApprovedOn: '2015-04-28',
      reglamentApprovedOn: '2015-06-01',
    });

  const assessed = [...centralBodies, ...localBodies].map((b) => b.id);
  const demo = await createCampaign(db, admin, {
    code: 'demo-2018',
    title: { kk: `2018 жыл. ${SYNTHETIC_BANNER.kk}`, ru: `2018 год. ${SYNTHETIC_BANNER.ru}`, en: `Reporting year 2018. ${SYNTHETIC_BANNER.en}` },
    periodFrom: '2018-01-01',
    periodTo: '2018-12-31',
    asOf: '2018-12-31',
    editions: [DEMO_EDITION],
    synthetic: true,
    bodies: assessed,
  });
  await createCampaign(db, admin, {
    code: 'demo-2019',
    title: { kk: `2019 жыл (ашық). ${SYNTHETIC_BANNER.kk}`, ru: `2019 год (открыта). ${SYNTHETIC_BANNER.ru}`, en: `Reporting year 2019 (open). ${SYNTHETIC_BANNER.en}` },
    periodFrom: '2019-01-01',
    periodTo: '2019-12-31',
    asOf: '2019-12-31',
    editions: [DEMO_EDITION],
    synthetic: true,
    bodies: assessed,
  });

  // The demo campaign's forms, as if submitted by each body and accepted by the evaluator.
  try {
    const input = demoInput();
    const edition = findEdition(DEMO_EDITION);
    // Handed in a few days before the due date; every 13th body two working days late (SYNTHETIC).
    const cal = await loadCalendar(db);
    const due = (await db.selectFrom('schedule').select('due_on').where('campaign_id', '=', demo.id).executeTakeFirstOrThrow()).due_on;
    const early = new Date(`${due}T10:00:00+05:00`);
    early.setUTCDate(early.getUTCDate() - 3);
    const late = new Date(`${cal.addWorkingDays(due, 2)}T10:00:00+05:00`);
    const accepted = new Date(`${cal.addWorkingDays(due, 10)}T10:00:00+05:00`);
    await db.transaction().execute(async (trx) => {
      for (const [i, b] of input.bodies.entries()) {
        const handedIn = i % 13 === 12 ? late : early;
        validateBody(edition, b);
        for (const [formId, data] of Object.entries(b.forms)) {
          const s = await trx
            .insertInto('submissions')
            .values({ campaign_id: demo.id, body_id: b.id, edition_id: DEMO_EDITION, form_id: formId, status: 'accepted', version: 2, updated_at: accepted })
            .returning('id')
            .executeTakeFirstOrThrow();
          await trx
            .insertInto('submission_versions')
            .values([
              { submission_id: s.id, version: 1, status: 'submitted', data: json(data), note: 'SYNTHETIC demo data', user_id: admin.id!, at: handedIn },
              { submission_id: s.id, version: 2, status: 'accepted', data: json(data), note: null, user_id: evaluator, at: accepted },
            ])
            .execute();
        }
      }
      await appendAudit(trx, { user: null, action: 'seed.submissions', entity: 'campaign', id: String(demo.id), after: { bodies: input.bodies.length, synthetic: true } });
    });
    const snap = await computeCampaign(db, admin as Actor, demo.id);
    await setVisibility(db, admin, demo.id, snap.number, 'publish');
  } catch (e) {
    warnings.push(`demo campaign left without results: ${(e as Error).message.split('\n')[0]}`);
  }
  // The risk module's SYNTHETIC demo facts (src/risk/demo-facts.yaml) as stored subjects.
  try {
    const doc = parseYaml(readFileSync(new URL('../../risk/demo-facts.yaml', import.meta.url), 'utf8')) as { subjects: { id: string }[]; lists?: Record<string, unknown>[] };
    for (const s of doc.subjects) await putSubject(db, admin, s.id, s, true);
    for (const l of doc.lists ?? []) await putApproval(db, admin, String(l.half), l);
  } catch (e) {
    warnings.push(`risk demo facts not loaded: ${(e as Error).message.split('\n')[0]}`);
  }
  return { seeded: true, users, warnings };
}
