// Shared zod schemas of the API.
import { z } from 'zod';

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date yyyy-mm-dd')
  .refine((s) => !Number.isNaN(Date.parse(s)) && new Date(s).toISOString().startsWith(s), 'not a real date');
export const code = z.string().regex(/^[A-Za-z0-9_.-]{1,40}$/, 'expected a code of letters, digits, _ . - (at most 40)');
/** User-facing text: no control characters, bounded, and no spreadsheet formula prefix (=, +, -, @). */
export const text = (max = 500) =>
  z
    .string()
    .min(1)
    .max(max)
    .refine((s) => ![...s].some((ch) => ch.charCodeAt(0) < 32 && !'\t\n\r'.includes(ch)), 'control characters are not allowed')
    .refine((s) => !/^[=+\-@\t\r]/.test(s), 'must not start with = + - @ (spreadsheet formula injection)');
export const trilingual = z.object({ kk: text(), ru: text(), en: text() });
export const campaignParams = z.object({ campaignId: z.coerce.number().int().positive() });
export const snapshotParam = z.union([z.string().regex(/^\d+$/), z.literal('latest'), z.literal('published')]);
