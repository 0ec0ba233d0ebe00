// Chapter 6 — "Ведомствоаралық ақпараттық жүйелерді пайдалану" критерийі (criterion 5, 15 points),
// ¶62–90: P5 = V51 (e-document flow, 3) + V52 (e-applications, 2) + V53 (intranet portal, 5)
// + V54 (open NPA portal, central bodies, 3) + V55 (Open Dialogue: blog 2 for central, internet
// conferences 5 for local bodies).
import { L, inp, par } from '../../engine/build.js';
import { D } from '../../engine/decimal.js';
import type { Band, FormDecl, NodeContext, NodeDecl, ParameterDecl, ReadingDecl } from '../../engine/types.js';
import { CENTRAL, LOCAL, both, FROM } from './kinds.js';
import { T4 } from './app1-report.js';
import { unit } from '../vocabulary.js';

export const INTRANET = 'Intranet';
export const OPEN_NPA = 'OpenNPA';
export const DIALOGUE = 'OpenDialogue';
const SI = L('Сервистік интегратор', 'Сервисный интегратор', 'Service integrator');

const bands = (label: ReturnType<typeof L>, paragraph: string, value: readonly Band[]): ParameterDecl => ({ label, ref: { paragraph }, ...unit('%'), values: [{ from: FROM, value }] });

export const c5Parameters: Record<string, ParameterDecl> = {
  'c5.1.k': { label: L('5.1 коэффициенті', 'Коэффициент 5.1', 'Coefficient of 5.1'), ref: { paragraph: '¶65' }, values: [{ from: FROM, value: '3' }] },
  'c5.2.k': { label: L('5.2 коэффициенті', 'Коэффициент 5.2', 'Coefficient of 5.2'), ref: { paragraph: '¶68–69' }, values: [{ from: FROM, value: '2' }] },
  'c5.3.npa': { label: L('НҚА жобаларын келіспегені үшін шегерім (әр бөлігі)', 'Вычет за несогласование проектов НПА (каждая часть)', 'Deduction for NPA drafts not sent / not agreed (each half)'), ref: { paragraph: '¶76' }, values: [{ from: FROM, value: '2.5' }] },
  'c5.3.c': { label: L('"Бірлескен жұмыс" модулінің салмағы', 'Вес модуля «Совместная работа»', 'Weight of "Joint work"'), ref: { paragraph: '¶77' }, values: [{ from: FROM, value: '0.5' }] },
  'c5.3.d': { label: L('"Құжаттар кітапханасы" модулінің салмағы', 'Вес модуля «Библиотека документов»', 'Weight of "Document library"'), ref: { paragraph: '¶78' }, values: [{ from: FROM, value: '0.5' }] },
  'c5.3.d.min_docs': { label: L('Папкадағы құжаттардың ең аз саны', 'Минимальное число документов в папке', 'Minimum documents in the folder'), ref: { paragraph: '¶78' }, values: [{ from: FROM, value: '5' }] },
  'c5.3.a.bands': bands(L('Анықтамалық: толық және өзекті мәліметтер үлесі бойынша балл (100% — 2 бөлек)', 'Справочник: балл по доле полных и актуальных сведений (100% — 2 отдельно)', 'Directory: points by share of full and current records below 100%'), '¶74', [{ to: 70, value: 0 }, { from: 70, value: 1, label: '70% → 1 (AMB A-21)' }]),
  'c5.3.a.bands.low': bands(L('Анықтамалық (70% — 0 оқылымы)', 'Справочник (прочтение: 70% — 0)', 'Directory (reading: 70% → 0)'), '¶74', [{ to: 70, toInclusive: true, value: 0 }, { from: '70.01', value: 1 }]),
  'c5.3.e.bands': bands(L('БЭПС пайдалану үлесі бойынша балл', 'Балл по доле использования ЕСЭП', 'Points by share of e-mail service use'), '¶79–80', [{ to: 60, value: 0 }, { from: 60, to: 80, value: 1 }, { from: 80, value: 2 }]),
  'c5.4.bands': bands(L('Ашық НҚА порталы: 100%-дан төмен үлес бойынша балл', 'Открытые НПА: балл по доле ниже 100%', 'Open NPA portal: points by share below 100%'), '¶83–84', [{ to: 70, value: 0 }, { from: 70, value: '0.5', label: '70% → 0.5 (AMB A-28)' }]),
  'c5.4.bands.low': bands(L('Ашық НҚА порталы (70% — 0 оқылымы)', 'Открытые НПА (прочтение: 70% — 0)', 'Open NPA portal (reading: 70% → 0)'), '¶83–84', [{ to: 70, toInclusive: true, value: 0 }, { from: '70.01', value: '0.5' }]),
  'c5.5.1.bands': bands(L('Блог-платформа: 100%-дан төмен үлес бойынша балл', 'Блог-платформа: балл по доле ниже 100%', 'Blog platform: points by share below 100%'), '¶88', [{ to: 75, value: 0 }, { from: 75, value: 1, label: '75% → 1 (AMB A-28)' }]),
  'c5.5.1.bands.low': bands(L('Блог-платформа (75% — 0 оқылымы)', 'Блог-платформа (прочтение: 75% — 0)', 'Blog platform (reading: 75% → 0)'), '¶88', [{ to: 75, toInclusive: true, value: 0 }, { from: '75.01', value: 1 }]),
  'c5.5.2.bands': bands(L('Интернет-конференциялар: 100%-дан төмен үлес бойынша балл', 'Интернет-конференции: балл по доле ниже 100%', 'Internet conferences: points by share below 100%'), '¶89', [{ to: 70, value: 0 }, { from: 70, value: 3, label: '70% → 3 (AMB A-28)' }]),
  'c5.5.2.bands.low': bands(L('Интернет-конференциялар (70% — 0 оқылымы)', 'Интернет-конференции (прочтение: 70% — 0)', 'Internet conferences (reading: 70% → 0)'), '¶89', [{ to: 70, toInclusive: true, value: 0 }, { from: '70.01', value: 3 }]),
};

export const c5Readings: ReadingDecl[] = [
  {
    id: 'A-46',
    label: L('Жіберуге жататын құжаттар болмағанда (5.1)', 'Когда нет документов к отправке (5.1)', 'No documents due (5.1)'),
    ref: { paragraph: '¶64–65' },
    default: 'full',
    options: [
      { value: 'full', label: L('Ең жоғарғы 3 балл', 'Максимум 3 балла', 'Maximum 3'), provenance: { kind: 'text', decision: 'AMB A-46, BR-51-ZERO' } },
      { value: 'zero', label: L('0 балл', '0 баллов', '0 points'), provenance: { kind: 'text', decision: 'AMB A-46' } },
    ],
  },
  {
    id: 'A-27',
    label: L('Интернет-конференциялар өтті, бірақ сұрақ түспеді (5.5.2)', 'Интернет-конференции проведены, но вопросов не поступило (5.5.2)', 'Conferences held but no questions (5.5.2)'),
    ref: { paragraph: '¶89–90' },
    default: 'full',
    options: [
      { value: 'full', label: L('5 балл (69, 83, 84, 88-тармақтарға ұқсас)', '5 баллов (по аналогии с пп. 69, 83, 84, 88)', '5 points (as ¶69, ¶83, ¶84, ¶88)'), provenance: { kind: 'text', decision: 'AMB A-27' } },
      { value: 'zero', label: L('0 балл', '0 баллов', '0 points'), provenance: { kind: 'text', decision: 'AMB A-27' } },
    ],
  },
  {
    id: 'A-28',
    label: L('Шекаралық мәндер (70%, 75%)', 'Граничные значения (70%, 75%)', 'Boundary values (70%, 75%)'),
    ref: { paragraph: '¶74, ¶83, ¶84, ¶88, ¶89' },
    default: 'middle',
    options: [
      { value: 'middle', label: L('Шекаралық мән ортаңғы топқа жатады', 'Граничное значение относится к средней группе', 'The boundary belongs to the middle band'), provenance: { kind: 'text', decision: 'AMB A-21, A-28' } },
      { value: 'low', label: L('Шекаралық мән төменгі топқа жатады', 'Граничное значение относится к нижней группе', 'The boundary belongs to the low band'), provenance: { kind: 'text', decision: 'AMB A-21, A-28' } },
    ],
  },
  {
    id: 'A-23',
    label: L('НҚА жобаларын келісу бойынша шегерім', 'Вычет по согласованию проектов НПА', 'NPA-draft approval deduction'),
    ref: { paragraph: '¶76' },
    default: 'binary',
    options: [
      { value: 'binary', label: L('100% болмаса — 2,5', 'Не 100% — 2,5', 'Any shortfall — 2.5'), provenance: { kind: 'text', decision: 'AMB A-23' } },
      { value: 'proportional', label: L('2,5 × жіберілмеген үлесі', '2,5 × доля ненаправленных', '2.5 × the share missing'), provenance: { kind: 'text', decision: 'AMB A-23' } },
    ],
  },
];

// ---- forms ----
const int = (name: string, kk: string, ru: string, en: string, paragraph: string, extra: Record<string, unknown> = {}) => ({ name, label: L(kk, ru, en), type: 'integer' as const, required: true, ref: { paragraph }, ...extra });

export const intranetForm: FormDecl = {
  id: INTRANET,
  label: L('Мемлекеттік органдардың интранет-порталын пайдалану (МОИП)', 'Использование интранет-портала государственных органов (ИПГО)', 'Use of the intranet portal of state bodies'),
  ref: { paragraph: '¶70–80' },
  filledBy: SI,
  fields: [
    int('directory_checked', 'Анықтамалықта тексерілген қызметкерлер саны (кемінде 10)', 'Число проверенных в справочнике сотрудников (не менее 10)', 'Employees checked in the directory (at least 10)', '¶72', { min: 10, max: 100000 }),
    int('directory_full', 'Толық және өзекті мәліметтері бар қызметкерлер саны', 'Число сотрудников с полными и актуальными сведениями', 'Employees with full and current records', '¶72', { partOf: 'directory_checked' }),
    int('npa_due_send', 'Басқа органдарға келісуге жіберуге жататын НҚА жобалары', 'Проекты НПА, подлежащие направлению на согласование', 'NPA drafts due to be sent for approval', '¶75–76', { appliesTo: [CENTRAL] }),
    int('npa_sent', 'МОИП арқылы жіберілген НҚА жобалары', 'Проекты НПА, направленные через ИПГО', 'NPA drafts sent through the portal', '¶75–76', { appliesTo: [CENTRAL], partOf: 'npa_due_send' }),
    int('npa_due_agree', 'Басқа органдардан келісуге түскен НҚА жобалары', 'Проекты НПА, поступившие на согласование', 'NPA drafts received for approval', '¶75–76', { appliesTo: [CENTRAL] }),
    int('npa_agreed', 'МОИП арқылы келісілген НҚА жобалары', 'Проекты НПА, согласованные через ИПГО', 'NPA drafts approved through the portal', '¶75–76', { appliesTo: [CENTRAL], partOf: 'npa_due_agree' }),
    int('wg_docs_placed', 'Жұмыс топтарында талқылауға орналастырылған құжаттар', 'Документы, размещённые на обсуждение в рабочих группах', 'Documents placed for discussion in working groups', '¶77', { required: false, default: 0 }),
    int('wg_docs_archived', 'Жұмыс тобының мұрағатына соңғы берілген құжаттар', 'Документы, окончательно переданные в архив рабочей группы', 'Documents finally passed to the working group’s archive', '¶77', { required: false, default: 0, partOf: 'wg_docs_placed' }),
    int('library_docs', 'Органның папкасындағы ақпараттық сипаттағы құжаттар', 'Информационные документы в папке органа', 'Informational documents in the body’s folder', '¶78'),
    { name: 'library_empty_folder', label: L('Папкалардың біреуі бос', 'Одна из папок пуста', 'One of the folders is empty'), type: 'boolean' as const, default: false, ref: { paragraph: '¶78', note: 'AMB A-25' } },
    int('beps_connected', 'БЭПС-ке қосылған пайдаланушылар', 'Пользователи, подключённые к ЕСЭП', 'Users connected to the unified e-mail service', '¶80'),
    int('beps_using', 'БЭПС пайдаланатын пайдаланушылар', 'Пользователи, использующие ЕСЭП', 'Users using the service', '¶80', { partOf: 'beps_connected' }),
  ],
};

export const openNpaForm: FormDecl = {
  id: OPEN_NPA,
  label: L('Ашық НҚА интернет-порталын толықтыру', 'Наполнение интернет-портала открытых НПА', 'Filling the open NPA internet portal'),
  ref: { paragraph: '¶81–85' },
  filledBy: SI,
  appliesTo: [CENTRAL],
  fields: [
    int('plan_laws', 'Жоспарға сәйкес әзірленген заң жобалары', 'Законопроекты, разработанные согласно Плану', 'Draft laws developed under the Government Plan', '¶83'),
    int('plan_laws_published', 'Келісуге жолдағанға дейін порталда жарияланғандары', 'Из них опубликованные на портале до направления на согласование', 'Of them published on the portal before being sent for approval', '¶83', { partOf: 'plan_laws' }),
    int('comments', 'Пайдаланушылардың ұсыныстары мен комментарийлері', 'Предложения и комментарии пользователей', 'Users’ proposals and comments', '¶84'),
    int('comments_answered', 'Есептің соңғы нұсқасында жауап жарияланғандары', 'Из них с ответами в окончательном варианте отчёта', 'Of them answered in the final report', '¶84', { partOf: 'comments' }),
  ],
};

export const dialogueForm: FormDecl = {
  id: DIALOGUE,
  label: L('"Ашық диалог" интернет-порталын толықтыру', 'Наполнение интернет-портала «Открытый диалог»', 'Filling the "Open Dialogue" portal'),
  ref: { paragraph: '¶86–90' },
  filledBy: SI,
  fields: [
    int('blog_questions', 'Блог-платформаға келіп түскен сұрақтар', 'Вопросы, поступившие на блог-платформу', 'Questions received on the heads’ blog platform', '¶88', { appliesTo: [CENTRAL] }),
    int('blog_answered', 'Жауаптары жарияланған сұрақтар', 'Вопросы с опубликованными ответами', 'Questions with published answers', '¶88', { appliesTo: [CENTRAL], partOf: 'blog_questions' }),
    int('conferences_held', 'Жыл ішінде өткізілген интернет-конференциялар', 'Интернет-конференции, проведённые в течение года', 'Internet conferences held during the year', '¶90', { appliesTo: [LOCAL] }),
    int('conference_questions', 'Интернет-конференциялардағы азаматтардың сұрақтары', 'Вопросы граждан на интернет-конференциях', 'Citizens’ questions in the conferences', '¶89', { appliesTo: [LOCAL], required: false, default: 0 }),
    int('conference_answered', 'Жауаптары жарияланғандары', 'Из них с опубликованными ответами', 'Of them with published answers', '¶89', { appliesTo: [LOCAL], required: false, default: 0, partOf: 'conference_questions' }),
  ],
};

/** 100% → full; below, the band table of the A-28 reading (the boundary value per the reading). */
function shareBand(ctx: NodeContext, part: ReturnType<typeof D>, whole: ReturnType<typeof D>, full: ReturnType<typeof D>, table: string): ReturnType<typeof D> {
  if (part.eq(whole)) {
    ctx.branch('100%: full points');
    return full;
  }
  const name = ctx.reading('A-28') === 'low' ? `${table}.low` : table;
  return ctx.band(name, part.div(whole).times(100));
}

const omo = [CENTRAL];
const lao = [LOCAL];

export const c5: NodeDecl = {
  id: 'C5',
  level: 'criterion',
  label: L('Ведомствоаралық ақпараттық жүйелерді пайдалану', 'Использование межведомственных информационных систем', 'Use of interdepartmental information systems'),
  ref: { paragraph: '¶62–90', appendix: 'App 3', row: '5', note: 'App 3: 15 points; may be negative' },
  // No declared max (App 3: both(15)): 5.3 may be negative (¶76) — the engine checks declared maxima as hard bounds
  provenance: { kind: 'text' },
  children: [
    {
      id: 'C5.1',
      level: 'indicator',
      label: L('Құжат айналымының жалпы көлемінен қағаз түрінде қайталаусыз ведомствоаралық электрондық құжат айналымының үлесі', 'Доля межведомственного электронного документооборота без дублирования на бумаге в общем объёме документооборота', 'Share of interdepartmental e-document flow without paper duplication'),
      ref: { paragraph: '¶64–65', appendix: 'App 3', row: '5.1' },
      max: both(3),
      round: 2,
      provenance: { kind: 'text', decision: 'BR-51-ZERO' },
      formula: {
        reading: 'A-46',
        variants: {
          full: {
            expr: 'sent / due * k',
            where: { sent: inp(T4, 'docs_sent'), due: inp(T4, 'docs_due'), k: par('c5.1.k') },
            cases: [{ when: 'due == 0', expr: 'k', branch: 'no documents due: maximum 3 (BR-51-ZERO, by analogy with ¶69)' }],
          },
          zero: {
            expr: 'sent / due * k',
            where: { sent: inp(T4, 'docs_sent'), due: inp(T4, 'docs_due'), k: par('c5.1.k') },
            cases: [{ when: 'due == 0', expr: '0', branch: 'no documents due: 0 (reading A-46 = zero)' }],
          },
        },
      },
    },
    {
      id: 'C5.2',
      level: 'indicator',
      label: L('"Электрондық үкімет" порталынан келіп түскен жеке және заңды тұлғалардың тіркелген электрондық өтініштерінің үлесі', 'Доля зарегистрированных электронных обращений физических и юридических лиц, поступивших с портала «электронного правительства»', 'Share of registered e-applications received from the e-government portal'),
      ref: { paragraph: '¶66–69', appendix: 'App 3', row: '5.2' },
      max: both(2),
      round: 2,
      provenance: { kind: 'text', decision: 'AMB A-22' },
      formula: {
        expr: 'reg / total * k',
        where: { reg: inp(T4, 'applications_registered'), total: inp(T4, 'applications_total'), k: par('c5.2.k') },
        cases: [{ when: 'total == 0', expr: 'k', branch: 'no e-applications from the portal: maximum 2 (¶69)' }],
      },
    },
    {
      id: 'C5.3',
      level: 'indicator',
      label: L('Мемлекеттік органдардың интранет-порталын пайдалану', 'Использование интранет-портала государственных органов', 'Use of the intranet portal of state bodies'),
      ref: { paragraph: '¶70–80', appendix: 'App 3', row: '5.3', note: 'App 3: 5 points; may be down to −5' },
      // No declared max (App 3: both(5)): the NPA-draft deductions may take it to −5 (¶76) — the engine checks declared maxima as hard bounds
      round: 2,
      provenance: { kind: 'text', note: 'V = a + b + c + d + e; may be negative (b down to −5)' },
      children: [
        {
          id: 'C5.3.a',
          level: 'parameter',
          label: L('Мемлекеттік органның анықтамалығын өзектілендіру', 'Актуализация справочника государственного органа', 'Directory of the state body'),
          ref: { paragraph: '¶72, ¶74', appendix: 'App 3', row: '5.3.1' },
          max: both(2),
          provenance: { kind: 'text', decision: 'AMB A-21' },
          formula: {
            text: '2 if 100% of checked records full and current; 1 if ≥ 70%; 0 below',
            compute: (ctx) => shareBand(ctx, ctx.num(INTRANET, 'directory_full'), ctx.num(INTRANET, 'directory_checked'), D(2), 'c5.3.a.bands'),
          },
        },
        {
          id: 'C5.3.b',
          level: 'parameter',
          label: L('НҚА жобаларын келісу дәрежесі', 'Степень согласования проектов НПА', 'Approval of NPA drafts'),
          ref: { paragraph: '¶73, ¶75–76', appendix: 'App 3', row: '5.3.2', note: 'App 3 prints −2.5; 0 to −5' },
          appliesTo: omo,
          // No declared max (App 3: { [CENTRAL]: 0 }): deductions only: 0, −2.5 or −5 (¶76) — the engine checks declared maxima as hard bounds
          provenance: { kind: 'text', decision: 'AMB A-23, A-49', note: 'deductions only: 0, −2.5 or −5' },
          formula: {
            text: '−2.5 if not 100% of due drafts sent; −2.5 if not 100% of received drafts agreed',
            compute(ctx) {
              const w = ctx.param('c5.3.npa');
              const prop = ctx.reading('A-23') === 'proportional';
              const half = (part: ReturnType<typeof D>, whole: ReturnType<typeof D>, what: string) => {
                if (whole.isZero() || part.eq(whole)) return D(0);
                const d = prop ? w.times(whole.minus(part)).div(whole) : w;
                ctx.branch(`${what}: ${part.toString()} of ${whole.toString()} → −${d.toString()}`);
                return d;
              };
              return half(ctx.num(INTRANET, 'npa_sent'), ctx.num(INTRANET, 'npa_due_send'), 'drafts sent for approval')
                .plus(half(ctx.num(INTRANET, 'npa_agreed'), ctx.num(INTRANET, 'npa_due_agree'), 'received drafts agreed'))
                .neg();
            },
          },
        },
        {
          id: 'C5.3.c',
          level: 'parameter',
          label: L('"Бірлескен жұмыс" модулін пайдалану', 'Использование модуля «Совместная работа»', 'Use of the "Joint work" module'),
          ref: { paragraph: '¶77', appendix: 'App 3', row: '5.3.3' },
          max: both('0.5'),
          provenance: { kind: 'text', decision: 'AMB A-24' },
          formula: {
            expr: 'archived / placed * w',
            where: { archived: inp(INTRANET, 'wg_docs_archived'), placed: inp(INTRANET, 'wg_docs_placed'), w: par('c5.3.c') },
            cases: [{ when: 'placed == 0', expr: '0', branch: 'no working groups / documents: no points (¶77)' }],
          },
        },
        {
          id: 'C5.3.d',
          level: 'parameter',
          label: L('"Құжаттар кітапханасы" модулін пайдалану', 'Использование модуля «Библиотека документов»', 'Use of the "Document library" module'),
          ref: { paragraph: '¶78', appendix: 'App 3', row: '5.3.4' },
          max: both('0.5'),
          provenance: { kind: 'text', decision: 'AMB A-25' },
          formula: {
            expr: 'docs >= min_docs && !empty ? w : 0',
            where: { docs: inp(INTRANET, 'library_docs'), min_docs: par('c5.3.d.min_docs'), empty: inp(INTRANET, 'library_empty_folder'), w: par('c5.3.d') },
          },
        },
        {
          id: 'C5.3.e',
          level: 'parameter',
          label: L('БЭПС пайдалану', 'Использование ЕСЭП', 'Use of the unified e-mail service'),
          ref: { paragraph: '¶79–80', appendix: 'App 3', row: '5.3.5' },
          max: both(2),
          provenance: { kind: 'text', note: 'no connected users is not covered by the act: 0' },
          formula: {
            expr: 'band(t, using / connected * 100)',
            where: { using: inp(INTRANET, 'beps_using'), connected: inp(INTRANET, 'beps_connected'), t: par('c5.3.e.bands') },
            cases: [{ when: 'connected == 0', expr: '0', branch: 'no users connected to the service: no share to assess, 0 (not covered by ¶79–80)' }],
          },
        },
      ],
    },
    {
      id: 'C5.4',
      level: 'indicator',
      label: L('Ашық НҚА интернет-порталын толықтыру', 'Наполнение интернет-портала открытых НПА', 'Filling the open NPA internet portal'),
      ref: { paragraph: '¶81–85', appendix: 'App 3', row: '5.4' },
      appliesTo: omo,
      max: { [CENTRAL]: 3 },
      round: 2,
      provenance: { kind: 'text', decision: 'AMB A-26, A-28' },
      children: [
        {
          id: 'C5.4.1',
          level: 'parameter',
          label: L('Жоспарға сәйкес ашық НҚА порталда жарияланған заң жобаларының үлесі', 'Доля законопроектов, опубликованных на портале открытых НПА согласно Плану', 'Share of draft laws under the Plan published on the portal'),
          ref: { paragraph: '¶83', appendix: 'App 3', row: '5.4.1' },
          max: { [CENTRAL]: 1.5 },
          provenance: { kind: 'text' },
          formula: {
            text: '1.5 at 100% or when no draft law was developed; 0.5 if ≥ 70%; 0 below',
            compute(ctx) {
              const whole = ctx.num(OPEN_NPA, 'plan_laws');
              if (whole.isZero()) {
                ctx.branch('no draft laws developed under the Plan: maximum 1.5 (¶83)');
                return D('1.5');
              }
              return shareBand(ctx, ctx.num(OPEN_NPA, 'plan_laws_published'), whole, D('1.5'), 'c5.4.bands');
            },
          },
        },
        {
          id: 'C5.4.2',
          level: 'parameter',
          label: L('Пайдаланушылардың ұсыныстары мен комментарийлерін қарау және мониторингілеу', 'Рассмотрение и мониторинг предложений и комментариев пользователей', 'Review and monitoring of users’ comments'),
          ref: { paragraph: '¶84', appendix: 'App 3', row: '5.4.2' },
          max: { [CENTRAL]: 1.5 },
          provenance: { kind: 'text' },
          formula: {
            text: '1.5 at 100% or when there are no comments; 0.5 if ≥ 70%; 0 below',
            compute(ctx) {
              const whole = ctx.num(OPEN_NPA, 'comments');
              if (whole.isZero()) {
                ctx.branch('no proposals or comments on the portal: maximum 1.5 (¶84)');
                return D('1.5');
              }
              return shareBand(ctx, ctx.num(OPEN_NPA, 'comments_answered'), whole, D('1.5'), 'c5.4.bands');
            },
          },
        },
      ],
    },
    {
      id: 'C5.5',
      level: 'indicator',
      label: L('"Ашық диалог" интернет-порталын толықтыру', 'Наполнение интернет-портала «Открытый диалог»', 'Filling the "Open Dialogue" portal'),
      ref: { paragraph: '¶86–90', appendix: 'App 3', row: '5.5' },
      max: { [CENTRAL]: 2, [LOCAL]: 5 },
      round: 2,
      provenance: { kind: 'text' },
      children: [
        {
          id: 'C5.5.1',
          level: 'parameter',
          label: L('ОМО басшыларының ресми блог-платформасында жауаптар алынған сұрақтардың үлесі', 'Доля вопросов, получивших ответы на официальной блог-платформе руководителей ЦГО', 'Share of answered questions on the heads’ blog platform'),
          ref: { paragraph: '¶87–88', appendix: 'App 3', row: '5.5.1' },
          appliesTo: omo,
          max: { [CENTRAL]: 2 },
          provenance: { kind: 'text', decision: 'AMB A-28' },
          formula: {
            text: '2 at 100% or when no questions were received; 1 if ≥ 75%; 0 below',
            compute(ctx) {
              const whole = ctx.num(DIALOGUE, 'blog_questions');
              if (whole.isZero()) {
                ctx.branch('no questions received: maximum 2 (¶88)');
                return D(2);
              }
              return shareBand(ctx, ctx.num(DIALOGUE, 'blog_answered'), whole, D(2), 'c5.5.1.bands');
            },
          },
        },
        {
          id: 'C5.5.2',
          level: 'parameter',
          label: L('Интернет-конференцияларда жауаптар алынған сұрақтардың үлесі', 'Доля вопросов, получивших ответы на интернет-конференциях', 'Share of answered questions in internet conferences'),
          ref: { paragraph: '¶87, ¶89–90', appendix: 'App 3', row: '5.5.2' },
          appliesTo: lao,
          max: { [LOCAL]: 5 },
          provenance: { kind: 'text', decision: 'AMB A-27, A-28' },
          formula: {
            text: '0 if no conference in the year; 5 at 100% (or no questions); 3 if ≥ 70%; 0 below',
            compute(ctx) {
              if (ctx.num(DIALOGUE, 'conferences_held').isZero()) {
                ctx.branch('no internet conferences held during the year: 0 (¶90)');
                return D(0);
              }
              const whole = ctx.num(DIALOGUE, 'conference_questions');
              if (whole.isZero()) {
                const r = ctx.reading('A-27');
                ctx.branch(`conferences held but no questions received: ${r === 'full' ? 5 : 0} (AMB A-27, reading ${r})`);
                return r === 'full' ? D(5) : D(0);
              }
              return shareBand(ctx, ctx.num(DIALOGUE, 'conference_answered'), whole, D(5), 'c5.5.2.bands');
            },
          },
        },
      ],
    },
  ],
};

