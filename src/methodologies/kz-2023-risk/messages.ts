// Message templates of the explanations (data gaps, flags, what a fact says), in kk / ru / en.
// `{name}` is replaced by the message's argument of that name.
import { L } from '../../engine/build.js';
import type { Labels } from '../../engine/types.js';

export const MESSAGES: Readonly<Record<string, Labels>> = {
  note: L('{text}', '{text}', '{text}'),
  'gap.no-services': L(
    'Көрсетілген қызметтер туралы деректер жоқ: OBJ-1 бойынша 0 деп алынды',
    'Нет данных об оказанных услугах: для OBJ-1 принят 0',
    'no service records: OBJ-1 counted as 0',
  ),
  'gap.no-reports': L(
    'Ішкі бақылау бойынша есептер жоқ: OBJ-6 бойынша 0 деп алынды',
    'Нет отчетов по внутреннему контролю: для OBJ-6 принят 0',
    'no internal-control reports: OBJ-6 counted as 0',
  ),
  'gap.report-missing': L(
    '{q} тоқсанының ішкі бақылау есебі туралы жазба жоқ (мерзімі {due}): 22/23-жолдар ол бойынша бағаланбады',
    'Нет записи об отчете по внутреннему контролю за {q} (срок {due}): строки 22/23 по нему не оценены',
    'no internal-control report entry for {q} (due {due}): rows 22/23 not assessed for it',
  ),
  'gap.checklist-incomplete': L(
    '{id} бақылауы ({date}): тексеру парағы толық толтырылмаған ({missing}), нәтижелері пайдаланылмайды',
    'Контроль {id} ({date}): проверочный лист заполнен не полностью ({missing}), его результаты не используются',
    'control {id} ({date}): checklist incomplete ({missing}), its results are not used',
  ),
  'cl.rows-unanswered': L('белгіленбеген жолдар: {rows}', 'не отмечены строки: {rows}', 'rows not answered: {rows}'),
  'cl.header-blank': L('толтырылмаған өрістер: {fields}', 'не заполнены поля: {fields}', 'header fields not filled: {fields}'),
  'cl.no-official': L('лауазымды адам қол қоймаған', 'ни одно должностное лицо не подписало', 'no official has signed'),
  'cl.no-head': L(
    'бақылау және қадағалау субъектісінің басшысы қол қоймаған',
    'руководитель субъекта контроля и надзора не подписал',
    'the head of the subject has not signed',
  ),
  'flag.A5': L(
    'A5: шетелдегі мекемелер тексеру парағының тақырыбында аталған, бірақ Өлшемшарттардың 2-тармағының 5) тармақшасында жоқ',
    'A5: загранучреждения названы в заголовке проверочного листа, но не в подпункте 5) пункта 2 Критериев',
    'A5: foreign institutions are named in the checklist title but not in the Criteria p.2(5)',
  ),
  'fact.refusals-excluded': L('{count} − {refusals} бас тарту (A8)', '{count} − {refusals} отказов (A8)', '{count} − {refusals} refusals (A8)'),
  'fact.inspection': L('тексеру {id}', 'проверка {id}', 'inspection {id}'),
  'fact.pcv': L('бару арқылы профилактикалық бақылау {id}', 'профилактический контроль с посещением {id}', 'preventive control with a visit {id}'),
  'fact.inspection.checklist': L('тексеру {id}, тексеру парағы', 'проверка {id}, проверочный лист', 'inspection {id}, checklist'),
  'fact.pcv.checklist': L(
    'бару арқылы профилактикалық бақылау {id}, тексеру парағы',
    'профилактический контроль с посещением {id}, проверочный лист',
    'preventive control with a visit {id}, checklist',
  ),
  'fact.confirmed': L('түскені {date}, уәкілетті орган растағаны {confirmed}', 'поступило {date}, подтверждено уполномоченным органом {confirmed}', 'received {date}, confirmed by the authorized body {confirmed}'),
  'fact.report': L('{q} есебі', 'отчет за {q}', 'report {q}'),
  'fact.report-late': L('{q} есебі: мерзімі {due}, ұсынылғаны {submitted}', 'отчет за {q}: срок {due}, представлен {submitted}', 'report {q} due {due}, submitted {submitted}'),
  'fact.report-missing': L('{q} есебі: мерзімі {due}, {R} дейін ұсынылмаған', 'отчет за {q}: срок {due}, не представлен до {R}', 'report {q} due {due}, not submitted by {R}'),
  'fact.term-violations': L('{q} есебі: мерзімдерді бұзу {n}', 'отчет за {q}: нарушений сроков {n}', 'report {q}: {n} term violations'),
  'fact.quality-complaints': L('{q} есебі: сапаға шағымдар {n}', 'отчет за {q}: жалоб на качество {n}', 'report {q}: {n} quality complaints'),
  'fact.incorrect': L('{q} есебі: дұрыс емес немесе толық емес', 'отчет за {q}: недостоверный или неполный', 'report {q}: incorrect or incomplete'),
  'list.ties': L(
    'SP тең болғанда: өрескел жолдар ↓, SPз ↓, SPн ↓, объективті өлшемшарттар ↓, W6 ішіндегі қызметтер ↓, субъект коды ↑ (spec §6.2; актіде жоқ)',
    'При равном SP: грубые строки ↓, SPз ↓, SPн ↓, объективные критерии ↓, услуги в W6 ↓, код субъекта ↑ (spec §6.2; в акте нет)',
    'Ties on SP broken by: gross rows ↓, SPз ↓, SPн ↓, objective triggers ↓, services in W6 ↓, subject id ↑ (spec §6.2; not in the act)',
  ),
};
