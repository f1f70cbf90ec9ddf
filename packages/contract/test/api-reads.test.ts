import { describe, expect, it } from 'vitest';
import { apiRead, fillPath, readUrl } from '../src/api.js';
import { POPULAR_PROCEDURES, procedureRead, procedureSearchRead, readProcedureSearch, trackingRead } from '../src/page-reads.js';

describe('API reads and their addresses', () => {
  it('fills path parameters percent-encoded and leaves a missing one as it is', () => {
    expect(readUrl(procedureRead('1.001 /?x'))).toBe('/api/public/procedures/1.001%20%2F%3Fx');
    expect(fillPath('/api/v1/dossiers/{code}/files/{fileId}', { code: 'a' })).toBe('/api/v1/dossiers/a/files/{fileId}');
  });

  it('writes the query from the values given, in their order, leaving out empty ones', () => {
    expect(readUrl(POPULAR_PROCEDURES)).toBe('/api/public/procedures/popular?limit=8');
    expect(readUrl(procedureSearchRead(readProcedureSearch(new URLSearchParams('q=khai sinh&level=nowhere&page=2'))))).toBe('/api/public/procedures?q=khai+sinh&page=2&pageSize=20');
    expect(readUrl(apiRead('/api/public/statistics'))).toBe('/api/public/statistics');
  });

  it('has no read for an address that cannot be a dossier code', () => {
    expect(trackingRead('not-a-code')).toBeNull();
  });
});
