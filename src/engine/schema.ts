// The JSON Schema of a campaign input file for an edition, generated from the edition's declared
// forms and fields, so the documented input format can never drift from what the engine accepts.
import type { EditionDecl, FieldDecl } from './types.js';

type Schema = Record<string, unknown>;

const decimalText = { type: 'string', pattern: '^-?\\d+(\\.\\d+)?$' };

function fieldSchema(f: FieldDecl): Schema {
  const description = `${f.label.en} / ${f.label.ru} / ${f.label.kk}${f.unit ? ` [${f.unit}]` : ''}${f.partOf ? ` (≤ ${f.partOf})` : ''}`;
  const range: Schema = {};
  if (f.min !== undefined) range.minimum = Number(f.min);
  else if (f.type === 'integer') range.minimum = 0;
  if (f.max !== undefined) range.maximum = Number(f.max);
  switch (f.type) {
    case 'number':
      return { description, anyOf: [{ type: 'number', ...range }, decimalText] };
    case 'integer':
      return { description, type: 'integer', ...range };
    case 'boolean':
      return { description, type: 'boolean' };
    case 'enum':
      return { description, enum: [...(f.values ?? [])] };
    case 'date':
      return { description, type: 'string', format: 'date' };
    case 'text':
      return { description, type: 'string' };
    case 'list': {
      const item = f.item ?? [];
      return {
        description,
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(item.map((i) => [i.name, fieldSchema(i)])),
          required: item.filter((i) => i.required).map((i) => i.name),
        },
      };
    }
  }
}

export function campaignSchema(e: EditionDecl): Schema {
  const forms = Object.fromEntries(
    e.forms.map((form) => [
      form.id,
      {
        description: `${form.label.en} / ${form.label.ru} / ${form.label.kk} (${[form.ref.paragraph, form.ref.appendix].filter(Boolean).join(', ')})`,
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(form.fields.map((f) => [f.name, fieldSchema(f)])),
        required: form.fields.filter((f) => f.required).map((f) => f.name),
      },
    ]),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `tiimdi campaign input — ${e.id} (${e.act.title.en})`,
    type: 'object',
    required: ['edition', 'asOf', 'bodies'],
    properties: {
      edition: { const: e.id },
      asOf: { type: 'string', format: 'date', description: 'parameters are taken as in force on this date' },
      title: { type: 'string' },
      synthetic: { type: 'boolean', description: 'true for invented demo data (shown as SYNTHETIC everywhere)' },
      readings: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(e.readings.map((r) => [r.id, { enum: r.options.map((o) => o.value), default: r.default, description: r.label.en }])),
      },
      parameters: { type: 'object', description: 'parameter overrides for this campaign', propertyNames: { enum: Object.keys(e.parameters) } },
      bodies: {
        type: 'array',
        items: {
          type: 'object',
          required: ['id', 'name', 'kind', 'forms'],
          additionalProperties: false,
          properties: {
            id: { type: 'string' },
            name: { anyOf: [{ type: 'string' }, { type: 'object', properties: { kk: { type: 'string' }, ru: { type: 'string' }, en: { type: 'string' } } }] },
            kind: { enum: e.bodyKinds.map((k) => k.id) },
            pool: { type: 'string' },
            forms: { type: 'object', additionalProperties: false, properties: forms },
          },
        },
      },
    },
  };
}
