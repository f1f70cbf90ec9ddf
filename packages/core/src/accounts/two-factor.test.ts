import { describe, expect, it } from 'vitest';
import { needsTwoFactor } from './two-factor.js';

describe('two-factor sign-in', () => {
  it('is required of administrators and agency leaders, not of the other roles', () => {
    expect(needsTwoFactor([{ role: 'specialist' }, { role: 'admin' }])).toBe(true);
    expect(needsTwoFactor([{ role: 'agency_leader' }])).toBe(true);
    expect(needsTwoFactor([{ role: 'receiving_officer' }, { role: 'unit_head' }])).toBe(false);
  });
});
