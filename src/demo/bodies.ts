// The real structure of the assessed bodies (names only). Every score attached to them in the demo
// is invented and labeled SYNTHETIC.
import { L } from '../engine/build.js';
import type { Labels } from '../engine/types.js';

export interface DemoBody {
  id: string;
  name: Labels;
}

export const centralBodies: DemoBody[] = [
  { id: 'MIA', name: L('Ішкі істер министрлігі', 'Министерство внутренних дел', 'Ministry of Internal Affairs') },
  { id: 'MOJ', name: L('Әділет министрлігі', 'Министерство юстиции', 'Ministry of Justice') },
  { id: 'MOF', name: L('Қаржы министрлігі', 'Министерство финансов', 'Ministry of Finance') },
  { id: 'MNE', name: L('Ұлттық экономика министрлігі', 'Министерство национальной экономики', 'Ministry of National Economy') },
  { id: 'MOH', name: L('Денсаулық сақтау министрлігі', 'Министерство здравоохранения', 'Ministry of Healthcare') },
  { id: 'MES', name: L('Білім және ғылым министрлігі', 'Министерство образования и науки', 'Ministry of Education and Science') },
  { id: 'MLSP', name: L('Еңбек және халықты әлеуметтік қорғау министрлігі', 'Министерство труда и социальной защиты населения', 'Ministry of Labour and Social Protection of the Population') },
  { id: 'MOA', name: L('Ауыл шаруашылығы министрлігі', 'Министерство сельского хозяйства', 'Ministry of Agriculture') },
  { id: 'MID', name: L('Инвестициялар және даму министрлігі', 'Министерство по инвестициям и развитию', 'Ministry for Investments and Development') },
  { id: 'MIC', name: L('Ақпарат және коммуникациялар министрлігі', 'Министерство информации и коммуникаций', 'Ministry of Information and Communications') },
  { id: 'MOE', name: L('Энергетика министрлігі', 'Министерство энергетики', 'Ministry of Energy') },
  { id: 'MFA', name: L('Сыртқы істер министрлігі', 'Министерство иностранных дел', 'Ministry of Foreign Affairs') },
  { id: 'MOD', name: L('Қорғаныс министрлігі', 'Министерство обороны', 'Ministry of Defence') },
  { id: 'MCS', name: L('Мәдениет және спорт министрлігі', 'Министерство культуры и спорта', 'Ministry of Culture and Sports') },
  { id: 'MRA', name: L('Дін істері және азаматтық қоғам министрлігі', 'Министерство по делам религий и гражданского общества', 'Ministry of Religious Affairs and Civil Society') },
  { id: 'MDAI', name: L('Қорғаныс және аэроғарыш өнеркәсібі министрлігі', 'Министерство оборонной и аэрокосмической промышленности', 'Ministry of Defence and Aerospace Industry') },
  { id: 'ACSA', name: L('Мемлекеттік қызмет істері және сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі', 'Агентство по делам государственной службы и противодействию коррупции', 'Agency for Civil Service Affairs and Anti-Corruption') },
  { id: 'ASTAT', name: L('Статистика комитеті', 'Комитет по статистике', 'Committee on Statistics') },
  { id: 'SRC', name: L('Мемлекеттік кірістер комитеті', 'Комитет государственных доходов', 'State Revenue Committee') },
  { id: 'MEM', name: L('Төтенше жағдайлар комитеті', 'Комитет по чрезвычайным ситуациям', 'Committee for Emergency Situations') },
];

const oblast = (id: string, kk: string, ru: string, en: string): DemoBody => ({
  id,
  name: L(`${kk} облысының әкімдігі`, `Акимат ${ru} области`, `Akimat of ${en} Region`),
});

export const localBodies: DemoBody[] = [
  oblast('ABA', 'Абай', 'Абайской', 'Abai'),
  oblast('AKM', 'Ақмола', 'Акмолинской', 'Akmola'),
  oblast('AKT', 'Ақтөбе', 'Актюбинской', 'Aktobe'),
  oblast('ALM', 'Алматы', 'Алматинской', 'Almaty'),
  oblast('ATY', 'Атырау', 'Атырауской', 'Atyrau'),
  oblast('ZKO', 'Батыс Қазақстан', 'Западно-Казахстанской', 'West Kazakhstan'),
  oblast('ZHA', 'Жамбыл', 'Жамбылской', 'Jambyl'),
  oblast('ZHE', 'Жетісу', 'Жетысуской', 'Jetisu'),
  oblast('KAR', 'Қарағанды', 'Карагандинской', 'Karaganda'),
  oblast('KOS', 'Қостанай', 'Костанайской', 'Kostanay'),
  oblast('KZY', 'Қызылорда', 'Кызылординской', 'Kyzylorda'),
  oblast('MAN', 'Маңғыстау', 'Мангистауской', 'Mangystau'),
  oblast('PAV', 'Павлодар', 'Павлодарской', 'Pavlodar'),
  oblast('SKO', 'Солтүстік Қазақстан', 'Северо-Казахстанской', 'North Kazakhstan'),
  oblast('TUR', 'Түркістан', 'Туркестанской', 'Turkistan'),
  oblast('ULY', 'Ұлытау', 'Улытауской', 'Ulytau'),
  oblast('VKO', 'Шығыс Қазақстан', 'Восточно-Казахстанской', 'East Kazakhstan'),
  { id: 'AST', name: L('Астана қаласының әкімдігі', 'Акимат города Астаны', 'Akimat of the City of Astana') },
  { id: 'ALA', name: L('Алматы қаласының әкімдігі', 'Акимат города Алматы', 'Akimat of the City of Almaty') },
  { id: 'SHY', name: L('Шымкент қаласының әкімдігі', 'Акимат города Шымкента', 'Akimat of the City of Shymkent') },
];
