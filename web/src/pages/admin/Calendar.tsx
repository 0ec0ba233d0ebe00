// The working-day calendar of a year: its public holidays, every day off and the working days
// count (GET /api/calendar/:year), and the Government's transfers for the year — extra days off
// and weekend days worked — set with PUT /api/calendar/:year. Due dates "N working days after"
// are counted on this calendar.
import { useEffect, useState } from 'react';
import { Alert, Button, Card, Col, Input, InputNumber, Row, Space, Statistic, Table, Tag, Typography, message } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import type { Lang } from '../../i18n';
import { useData } from '../../useData';
import { Failure, Loading } from '../../components/Status';
import { applyRefusal, FIELDSET, LEGEND } from './shared';

interface CalendarYear {
  year: number;
  holidays: { date: string; name: string; movable: boolean }[];
  daysOff: string[];
  workingDays: string[];
  transferredDaysOff: string[];
  workingDaysCount: number;
}

/** The service names holidays in English (src/server/calendar/kz.ts); each has its key under admin.holiday. */
const HOLIDAY_KEYS: Record<string, string> = {
  'New Year': 'newYear',
  "International Women's Day": 'women',
  'Nauryz meiramy': 'nauryz',
  'Unity Day of the People of Kazakhstan': 'unity',
  'Defender of the Fatherland Day': 'defender',
  'Victory Day': 'victory',
  'Capital Day': 'capital',
  'Constitution Day': 'constitution',
  'Independence Day': 'independence',
  'First President Day': 'firstPresident',
  'Republic Day': 'republic',
};

const LOCALE: Record<Lang, string> = { kk: 'kk-KZ', ru: 'ru-RU', en: 'en-GB' };
const weekday = (d: string, lang: Lang) => new Date(`${d}T00:00:00Z`).toLocaleDateString(LOCALE[lang], { weekday: 'short', timeZone: 'UTC' });
const isWeekend = (d: string) => [0, 6].includes(new Date(`${d}T00:00:00Z`).getUTCDay());

/** A list of dates with an input to add one and a button on each to take it off. */
function DateList({ id, label, hint, dates, onChange, year }: { id: string; label: string; hint: string; dates: string[]; onChange: (d: string[]) => void; year: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [value, setValue] = useState('');
  const add = () => {
    if (value && !dates.includes(value)) onChange([...dates, value].sort());
    setValue('');
  };
  return (
    <fieldset style={FIELDSET}>
      <legend style={LEGEND}>{label}</legend>
      <Typography.Paragraph type="secondary">{hint}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <label htmlFor={id}>{t('admin.calendar.date')}</label>
        <Input id={id} type="date" min={`${year}-01-01`} max={`${year}-12-31`} value={value} onChange={(e) => setValue(e.target.value)} onPressEnter={add} style={{ width: 170 }} data-testid={`${id}-input`} />
        <Button onClick={add} disabled={!value} data-testid={`${id}-add`}>
          {t('admin.calendar.add')}
        </Button>
      </Space>
      <div data-testid={`${id}-list`} style={{ marginBottom: 12 }}>
        {dates.length === 0 && <Typography.Text type="secondary">{t('admin.calendar.none')}</Typography.Text>}
        {/* Buttons rather than closable tags: each date is reached and removed with the keyboard. */}
        <Space wrap size={[8, 8]}>
          {dates.map((d) => (
            <Button key={d} size="small" onClick={() => onChange(dates.filter((x) => x !== d))} aria-label={`${t('admin.remove')} ${d}`} title={t('admin.remove')}>
              {d} ({weekday(d, lang)}) ×
            </Button>
          ))}
        </Space>
      </div>
    </fieldset>
  );
}

export default function Calendar() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const [year, setYear] = useState(new Date().getFullYear());
  const [version, setVersion] = useState(0);
  const cal = useData(() => api<CalendarYear>(`/api/calendar/${year}`), [year, version]);
  const [daysOff, setDaysOff] = useState<string[]>([]);
  const [worked, setWorked] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string[] | null>(null);
  useEffect(() => {
    if (!cal.data) return;
    setDaysOff(cal.data.transferredDaysOff);
    setWorked(cal.data.workingDays);
  }, [cal.data]);

  const save = async () => {
    setBusy(true);
    setError(null);
    try {
      await api(`/api/calendar/${year}`, { method: 'PUT', body: { daysOff, workingDays: worked } });
      void message.success(t('admin.calendar.saved', { year }));
      setVersion((v) => v + 1);
    } catch (e) {
      const r = applyRefusal(null, e, t, lang, []);
      setError([r.title, ...r.rest]);
    } finally {
      setBusy(false);
    }
  };

  const holidayDates = new Set(cal.data?.holidays.map((h) => h.date));
  const changed = !!cal.data && (JSON.stringify(daysOff) !== JSON.stringify(cal.data.transferredDaysOff) || JSON.stringify(worked) !== JSON.stringify(cal.data.workingDays));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <label htmlFor="calendar-year">{t('admin.calendar.year')}</label>
        <InputNumber id="calendar-year" min={1991} max={2200} value={year} onChange={(v) => v && setYear(v)} data-testid="calendar-year" />
      </Space>
      {cal.error ? <Failure error={cal.error} /> : null}
      {!cal.data ? (
        cal.error ? null : <Loading />
      ) : (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}>
            <Card>
              <Statistic title={t('admin.calendar.workingDays', { year })} value={cal.data.workingDaysCount} valueRender={(n) => <span data-testid="calendar-count">{n}</span>} />
              <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
                {t('admin.calendar.countHint')}
              </Typography.Paragraph>
            </Card>
          </Col>
          <Col xs={24} md={16}>
            <Card title={t('admin.calendar.holidays')} size="small">
              <Table
                size="small"
                rowKey="date"
                pagination={false}
                dataSource={cal.data.holidays}
                data-testid="calendar-holidays"
                columns={[
                  { title: t('admin.calendar.date'), dataIndex: 'date', width: 150, render: (d: string) => `${d} (${weekday(d, lang)})` },
                  { title: t('admin.calendar.holiday'), dataIndex: 'name', render: (n: string) => (HOLIDAY_KEYS[n] ? t(`admin.holiday.${HOLIDAY_KEYS[n]}`) : n) },
                ]}
              />
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('admin.calendar.daysOff', { n: cal.data.daysOff.length })} size="small">
              <Typography.Paragraph type="secondary">{t('admin.calendar.daysOffHint')}</Typography.Paragraph>
              <div data-testid="calendar-days-off">
                {cal.data.daysOff.map((d) => (
                  <Tag key={d} color={holidayDates.has(d) ? 'red' : cal.data!.transferredDaysOff.includes(d) ? 'orange' : 'default'}>
                    {d} ({weekday(d, lang)})
                  </Tag>
                ))}
              </div>
            </Card>
          </Col>
          <Col xs={24}>
            <Card title={t('admin.calendar.transfers', { year })} size="small">
              <DateList id="calendar-off" label={t('admin.calendar.extraOff')} hint={t('admin.calendar.extraOffHint')} dates={daysOff} onChange={setDaysOff} year={year} />
              <DateList id="calendar-worked" label={t('admin.calendar.worked')} hint={t('admin.calendar.workedHint')} dates={worked} onChange={setWorked} year={year} />
              {worked.some((d) => !isWeekend(d)) && <Alert type="warning" showIcon message={t('admin.calendar.notWeekend')} style={{ marginBottom: 12 }} />}
              {error && <Alert type="error" showIcon message={error[0]} description={error.slice(1).map((r) => <div key={r}>{r}</div>)} style={{ marginBottom: 12 }} data-testid="calendar-error" />}
              <Button type="primary" onClick={() => void save()} loading={busy} disabled={!changed} data-testid="calendar-save">
                {t('admin.calendar.save')}
              </Button>
            </Card>
          </Col>
        </Row>
      )}
    </Space>
  );
}
