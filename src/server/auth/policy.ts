// What each role may do. Every route calls one of these before touching data; the authorization
// matrix test (test/server/authz.test.ts) exercises every role against every route.
import { forbidden, ApiError } from '../errors.js';
import type { Actor, Role } from './actor.js';

/** Roles that see every body's submissions and every snapshot (not only published ones). */
const INSIDERS: readonly Role[] = ['administrator', 'methodologist', 'evaluator', 'commission'];

export function requireSignedIn(a: Actor): void {
  if (a.id === null) throw new ApiError(401, 'unauthenticated');
}

export function requireRole(a: Actor, ...roles: Role[]): void {
  requireSignedIn(a);
  if (!roles.includes(a.role)) throw forbidden(`this needs the role ${roles.join(' or ')}`);
}

export const isInsider = (a: Actor): boolean => a.id !== null && INSIDERS.includes(a.role);

export interface ScheduleRow {
  submitter: string;
  assessing_body: string;
  direction: string | null;
}

/** Read one body's submission of a form. */
export function canReadSubmission(a: Actor, bodyId: string, s: ScheduleRow | undefined): boolean {
  if (a.id === null) return false;
  if (a.role === 'administrator' || a.role === 'methodologist' || a.role === 'commission') return true;
  if (a.role === 'evaluator') return canReview(a, s);
  if (a.role === 'body_officer') return a.bodies.has(bodyId) || (!!s && a.bodies.has(s.submitter));
  return false;
}

/**
 * Fill in or submit a form for a body: the body's own officer when the body submits it itself,
 * or an officer of the body the schedule names as the form's submitter (e.g. the Agency).
 */
export function canWriteSubmission(a: Actor, bodyId: string, s: ScheduleRow | undefined): boolean {
  if (a.id === null) return false;
  if (a.role === 'administrator') return true;
  if (a.role !== 'body_officer' || !s) return false;
  return s.submitter === 'body' ? a.bodies.has(bodyId) : a.bodies.has(s.submitter);
}

/** Return or accept a submitted form: evaluators of the assessing body (and direction) the schedule names. */
export function canReview(a: Actor, s: ScheduleRow | undefined): boolean {
  if (a.id === null) return false;
  if (a.role === 'administrator') return true;
  if (a.role !== 'evaluator' || !s) return false;
  if (!a.assessingBodies.has(s.assessing_body)) return false;
  return a.directions.size === 0 || (s.direction !== null && a.directions.has(s.direction));
}

/**
 * Compute a campaign into a new snapshot: administrators, methodologists, and the evaluators of an
 * assessing body the campaign's schedule names (any direction: the snapshot covers the whole campaign).
 */
export function canCompute(a: Actor, schedule: readonly Pick<ScheduleRow, 'assessing_body'>[]): boolean {
  if (a.id === null) return false;
  if (a.role === 'administrator' || a.role === 'methodologist') return true;
  return a.role === 'evaluator' && schedule.some((s) => a.assessingBodies.has(s.assessing_body));
}

export interface SnapshotVisibility {
  number: number;
  released: number | null;
  published: number | null;
}

/** A body's scorecard and traces in a snapshot. */
export function canReadScorecard(a: Actor, bodyId: string, v: SnapshotVisibility): boolean {
  if (isInsider(a)) return true;
  if (v.published === v.number) return true;
  return a.role === 'body_officer' && a.bodies.has(bodyId) && v.released === v.number;
}

/** The ranking of all bodies in a snapshot. */
export function canReadRanking(a: Actor, v: SnapshotVisibility): boolean {
  return isInsider(a) || v.published === v.number;
}

/** Refuse unless `ok`: 401 for the anonymous public (signing in may help), 403 otherwise. */
export function allow(a: Actor, ok: boolean, why?: string): void {
  if (ok) return;
  if (a.id === null) throw new ApiError(401, 'unauthenticated');
  throw forbidden(why);
}
