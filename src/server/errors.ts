// One error shape for every refusal:
//   { error: { code, message, messages: {kk, ru, en}, issues: [{ body, form, field, value, message, row? }] } }
// `message` is English; `messages` carries the three working languages for the top-level text;
// each issue names where the problem is (body, form, field, row) and the value that was refused.
import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { InputError, type InputIssue } from '../engine/validate.js';
import type { Labels } from '../engine/types.js';

export interface ApiIssue {
  body: string;
  form: string;
  field: string;
  value: unknown;
  message: string;
  row?: number;
  /** For uploaded spreadsheets: the sheet and cell (e.g. "D7"). */
  sheet?: string;
  cell?: string;
}

const TEXT: Record<string, Labels> = {
  unauthenticated: { kk: 'Жүйеге кіру қажет', ru: 'Требуется вход в систему', en: 'Sign-in required' },
  forbidden: { kk: 'Бұл әрекетке рұқсат жоқ', ru: 'Нет прав на это действие', en: 'Not allowed' },
  not_found: { kk: 'Табылмады', ru: 'Не найдено', en: 'Not found' },
  invalid_input: { kk: 'Деректерде қателер бар', ru: 'В данных есть ошибки', en: 'The input has errors' },
  conflict: { kk: 'Ағымдағы күймен қайшылық', ru: 'Конфликт с текущим состоянием', en: 'Conflicts with the current state' },
  bad_credentials: { kk: 'Логин немесе құпиясөз қате', ru: 'Неверный логин или пароль', en: 'Wrong login or password' },
  throttled: { kk: 'Тым көп әрекет, кейінірек қайталаңыз', ru: 'Слишком много попыток, повторите позже', en: 'Too many attempts, try again later' },
  too_large: { kk: 'Сұраныс тым үлкен', ru: 'Запрос слишком большой', en: 'The request is too large' },
  computation_failed: { kk: 'Есептеу мүмкін емес', ru: 'Расчёт невозможен', en: 'The computation cannot be done' },
  internal: { kk: 'Ішкі қате', ru: 'Внутренняя ошибка', en: 'Internal error' },
};

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: keyof typeof TEXT | string,
    message?: string,
    readonly issues: ApiIssue[] = [],
    /** The top-level text in the three languages when it says more than the code's (a date, a count). */
    readonly messages?: Labels,
  ) {
    super(message ?? messages?.en ?? TEXT[code]?.en ?? code);
  }
}

/** A refusal whose text names specifics, in kk/ru/en. */
export const refusal = (status: number, code: string, messages: Labels, issues: ApiIssue[] = []) => new ApiError(status, code, messages.en, issues, messages);

export const forbidden = (why?: string) => new ApiError(403, 'forbidden', why);
export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} not found`);
export const conflict = (why: string) => new ApiError(409, 'conflict', why);
export const invalid = (issues: ApiIssue[], message?: string) => new ApiError(422, 'invalid_input', message, issues);
/** A single field-level refusal outside a form (registries, campaigns). */
export const badField = (field: string, value: unknown, message: string, where: Partial<ApiIssue> = {}) =>
  invalid([{ body: '-', form: '-', field, value, message, ...where }]);

export const fromInputIssues = (issues: InputIssue[]): ApiIssue[] => issues.map((i) => ({ ...i, value: i.value ?? null }));

export function errorBody(status: number, code: string, message: string, issues: ApiIssue[] = [], messages?: Labels) {
  return { error: { status, code, message, messages: messages ?? TEXT[code] ?? TEXT.internal!, issues } };
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err instanceof ApiError) return reply.code(err.status).send(errorBody(err.status, err.code, err.message, err.issues, err.messages));
    if (err instanceof InputError) return reply.code(422).send(errorBody(422, 'invalid_input', 'The input has errors', fromInputIssues(err.issues)));
    if (hasZodFastifySchemaValidationErrors(err)) {
      const where = err.validationContext ?? 'body';
      const issues = err.validation.map((v) => {
        const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
        return { body: '-', form: '-', field: path ? `${where}.${path}` : where, value: valueAt(req, where, v.instancePath), message: v.message ?? 'invalid' };
      });
      return reply.code(400).send(errorBody(400, 'invalid_input', 'The request does not match its schema', issues));
    }
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return reply.code(413).send(errorBody(413, 'too_large', err.message, [{ body: '-', form: '-', field: 'body', value: req.headers['content-length'] ?? null, message: err.message }]));
    if (err.statusCode && err.statusCode >= 400 && err.statusCode < 500)
      return reply.code(err.statusCode).send(errorBody(err.statusCode, 'invalid_input', err.message, [{ body: '-', form: '-', field: 'body', value: null, message: err.message }]));
    req.log.error(err);
    return reply.code(500).send(errorBody(500, 'internal', 'Internal error'));
  });
  app.setNotFoundHandler((req, reply) => reply.code(404).send(errorBody(404, 'not_found', `no route ${req.method} ${req.url.split('?')[0]}`)));
}

function valueAt(req: { body?: unknown; params?: unknown; query?: unknown }, where: string, pointer: string): unknown {
  let v: unknown = where === 'params' ? req.params : where === 'querystring' ? req.query : where === 'body' ? req.body : undefined;
  for (const k of pointer.split('/').filter(Boolean)) {
    if (v === null || typeof v !== 'object') return null;
    v = (v as Record<string, unknown>)[k];
  }
  const s = JSON.stringify(v ?? null);
  return s.length > 200 ? s.slice(0, 197) + '...' : v ?? null;
}
