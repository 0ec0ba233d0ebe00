// The registry of methodology editions, one folder per act edition.
import type { EditionDecl } from '../engine/types.js';
import { edition as kz2017interaction } from './kz-2017-interaction/index.js';
import { edition as kz2021operational } from './kz-2021-operational/index.js';
import { edition as kz2015ict } from './kz-2015-ict/index.js';
import { edition as kz2014publicServices } from './kz-2014-public-services/index.js';

export const editions: EditionDecl[] = [
  kz2017interaction,
  kz2021operational,
  kz2015ict,
  kz2014publicServices,
];

export function findEdition(id: string): EditionDecl {
  const e = editions.find((x) => x.id === id);
  if (!e) throw new Error(`unknown edition "${id}"; known: ${editions.map((x) => x.id).join(', ')}`);
  return e;
}
