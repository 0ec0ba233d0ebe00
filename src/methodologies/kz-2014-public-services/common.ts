// Shared constants of the 2014 edition of the Methodology for assessing the quality of public
// services (seed 000). Body kinds follow §9 and §13: central state bodies (орталық мемлекеттік
// органдар) and local executive bodies of the oblasts, Almaty and Astana (жергілікті атқарушы органдар).
import type { ParameterDecl, Labels, LegalRef } from '../../engine/types.js';
import { type Unit, maybeUnit } from '../vocabulary.js';

export const EDITION_ID = 'kz-2014-public-services';
export const CENTRAL = 'central';
export const LOCAL = 'local';

/**
 * The Methodology in the seed is the 2014 wording (joint order of 18.02.2014 No. 04-2-4/33 and
 * 24.02.2014 No. 149). The text gives neither its registration nor its publication date, so the date
 * of the later signature is used as the date from which the 2014 values are in force. The 2013
 * reporting year was assessed under this wording during 2014 (spec seed-000 §1.2).
 */
export const EFFECTIVE_FROM = '2014-02-24';

/** A parameter with one value in force for the whole life of the 2014 wording. */
export function param(label: Labels, ref: LegalRef, value: number | string, unit?: Unit): ParameterDecl {
  return { label, ref, ...maybeUnit(unit), values: [{ from: EFFECTIVE_FROM, value }] };
}
