// Static checks and property tests of the 2015 ICT edition.
import { describe, it, expect } from 'vitest';
import { checkEdition } from '../../engine/check.js';
import { edition } from './index.js';

describe('kz-2015-ict', () => {
  it('passes the static edition checks', () => expect(checkEdition(edition)).toEqual([]));
});
