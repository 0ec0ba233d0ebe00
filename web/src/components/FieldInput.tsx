// One declared input field as a labelled form control, with the checks the declaration implies
// (required, whole number, range, part of a total) in the user's language. List fields become rows.
import { Button, Card, Col, Form, Input, InputNumber, Row, Select, Typography, type FormRule as Rule } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FieldDecl } from '../api';
import { pick, type Lang } from '../i18n';

type Path = (string | number)[];
/** The declaration as the service sends it, with the kk/ru/en unit and enum-value labels of the edition. */

/** A field's label: its name in the user's language, and its code (column A of the spreadsheet template). */
function FieldLabel({ f, lang }: { f: FieldDecl; lang: Lang }) {
  return (
    <span>
      {pick(f.label, lang)}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 11 }}>
        <code className="field-code">{f.name}</code>
      </Typography.Text>
    </span>
  );
}

function rules(f: FieldDecl, t: (k: string, o?: Record<string, unknown>) => string, siblings: FieldDecl[], prefix: Path, lang: Lang): Rule[] {
  const r: Rule[] = [];
  if (f.required) r.push({ required: true, message: t('entry.required') });
  if (f.type === 'integer') r.push({ validator: async (_, v) => { if (v != null && v !== '' && !Number.isInteger(Number(v))) throw new Error(t('entry.integer')); } });
  // Integers are counts: at least 0 unless the edition says otherwise (as the engine assumes).
  const min = f.min ?? (f.type === 'integer' ? 0 : undefined);
  if (min !== undefined) r.push({ validator: async (_, v) => { if (v != null && v !== '' && Number(v) < Number(min)) throw new Error(t('entry.min', { min })); } });
  if (f.max !== undefined) r.push({ validator: async (_, v) => { if (v != null && v !== '' && Number(v) > Number(f.max)) throw new Error(t('entry.max', { max: f.max })); } });
  if (f.partOf) {
    const total = siblings.find((s) => s.name === f.partOf);
    r.push(({ getFieldValue }) => ({
      validator: async (_, v) => {
        const tv = getFieldValue([...prefix, f.partOf!]);
        if (v != null && tv != null && Number(v) > Number(tv)) throw new Error(t('entry.partOf', { total: total ? pick(total.label, lang) : f.partOf }));
      },
    }));
  }
  return r;
}

/** Form.Item hands its child id, value and onChange: they must reach the real control. */
function Control({ f, disabled, ...bound }: { f: FieldDecl; disabled: boolean; id?: string; value?: unknown; onChange?: (v: unknown) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const p = bound as Record<string, unknown>;
  switch (f.type) {
    case 'number':
    case 'integer':
      return <InputNumber {...p} style={{ width: '100%' }} disabled={disabled} addonAfter={f.unitLabel ? pick(f.unitLabel, lang) : f.unit} />;
    case 'boolean':
      return (
        <Select
          {...p}
          disabled={disabled}
          allowClear
          options={[
            { value: true, label: t('entry.yes') },
            { value: false, label: t('entry.no') },
          ]}
        />
      );
    case 'enum':
      // The meaning in the user's language; the stored value stays the edition's code.
      return (
        <Select
          {...p}
          disabled={disabled}
          allowClear
          showSearch
          optionFilterProp="label"
          options={(f.values ?? []).map((v) => ({ value: v, label: f.valueLabels?.[v] ? pick(f.valueLabels[v], lang) : v, title: v }))}
        />
      );
    case 'date':
      return <Input {...p} type="date" disabled={disabled} />;
    default:
      return <Input {...p} disabled={disabled} />;
  }
}

export function FieldInput({ f, siblings, prefix, disabled }: { f: FieldDecl; siblings: FieldDecl[]; prefix: Path; disabled: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language as Lang;
  const label = <FieldLabel f={f} lang={lang} />;
  if (f.type === 'list') {
    const items = f.item ?? [];
    return (
      <Form.List name={[...prefix, f.name]}>
        {(rows, { add, remove }) => (
          <Card size="small" title={label} className="card-title-wrap" style={{ marginBottom: 16 }}>
            {rows.map((row, i) => (
              <Card
                key={row.key}
                size="small"
                type="inner"
                title={t('entry.row', { n: i + 1 })}
                style={{ marginBottom: 8 }}
                extra={!disabled && <Button size="small" danger onClick={() => remove(row.name)}>{t('entry.removeRow', { n: i + 1 })}</Button>}
              >
                <Row gutter={12}>
                  {items.map((it) => (
                    <Col key={it.name} xs={24} md={12} xl={8}>
                      <Form.Item name={[row.name, it.name]} label={<FieldLabel f={it} lang={lang} />} rules={rules(it, t, items, [f.name, row.name], lang)}>
                        <Control f={it} disabled={disabled} />
                      </Form.Item>
                    </Col>
                  ))}
                </Row>
              </Card>
            ))}
            {!disabled && <Button onClick={() => add({})}>{t('entry.addRow')}</Button>}
          </Card>
        )}
      </Form.List>
    );
  }
  return (
    <Form.Item name={[...prefix, f.name]} label={label} rules={rules(f, t, siblings, prefix, lang)} dependencies={f.partOf ? [[...prefix, f.partOf]] : undefined}>
      <Control f={f} disabled={disabled} />
    </Form.Item>
  );
}
