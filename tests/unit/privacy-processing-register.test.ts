import { describe, expect, it } from 'vitest';
import { accessFromContract } from '../../main/services/privacy/processing-register';
import { PROCESSING_ACTIVITIES, PROCESSING_CATALOGUE } from '../../shared/domain/privacy/processing-register';

/** The register's access column is computed from the contract's channel list (issue 20, GDPR art. 30). */
describe('access from the contract', () => {
  it('takes the union of every channel of a domain, or of the actions named', () => {
    expect(accessFromContract({ schools: 'all' })).toEqual({ roles: ['coordinator', 'teacher'], everySignedIn: false, beforeSignIn: false, domains: ['schools'] });
    expect(accessFromContract({ schools: ['list', 'get'] }).roles).toEqual(['coordinator']);
    expect(accessFromContract({ system: ['audit'] }).roles).toEqual(['admin']);
    expect(accessFromContract({ system: 'all' })).toMatchObject({ roles: ['admin', 'coordinator', 'teacher', 'housing'], everySignedIn: true });
    expect(accessFromContract({ auth: ['login'] })).toMatchObject({ roles: [], everySignedIn: false, beforeSignIn: true });
  });

  it('narrows a domain to the roles that reach the table (a check in the handler), never widening it', () => {
    expect(accessFromContract({ schools: { actions: 'all', onlyRoles: ['teacher'] } }).roles).toEqual(['teacher']);
    // The contract does not give schools to the housing role: naming it adds nothing.
    expect(accessFromContract({ schools: { actions: 'all', onlyRoles: ['housing'] } }).roles).toEqual([]);
    // An open channel narrowed counts as those roles only, not as every signed-in user.
    expect(accessFromContract({ auth: { actions: 'all', onlyRoles: ['admin'] } })).toMatchObject({ roles: ['admin'], everySignedIn: false, beforeSignIn: true });
  });
});

describe('the catalogue', () => {
  it('writes every text in French and English, and names a known activity', () => {
    for (const [table, entry] of Object.entries(PROCESSING_CATALOGUE)) {
      expect(PROCESSING_ACTIVITIES, table).toContain(entry.activity);
      const texts = entry.personal
        ? [entry.categoriesOfData, entry.categoriesOfPeople, entry.purpose, entry.legalBasis, ...('text' in entry.retention ? [entry.retention.text] : [])]
        : [entry.why];
      for (const text of texts) {
        expect(text.fr.trim(), table).not.toBe('');
        expect(text.en.trim(), table).not.toBe('');
        expect(text.fr, table).not.toBe(text.en);
      }
      if (entry.personal) expect(Object.keys(entry.reachedBy).length, table).toBeGreaterThan(0);
    }
  });
});
