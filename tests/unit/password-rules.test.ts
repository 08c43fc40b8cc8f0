import { describe, expect, it } from 'vitest';
import { derivedFromName, ownerWords, passwordProblem, PASSWORD_MIN_SCORE } from '../../shared/domain/passwords';
import { assertAcceptablePassword, passwordScore } from '../../main/auth/password-strength';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../main/demo/accounts';
import { TEST_PASSWORD } from '../helpers/core';

// Issue 14, item 12: the password rules shared by the forms and the server, and the estimator's verdict.

const NADIA = { username: 'n.verlaine', displayName: 'Nadia Verlaine' };

describe('a password derived from the names', () => {
  it('is the username, the display name or one of its parts, with digits or punctuation around it', () => {
    for (const password of ['n.verlaine', 'N.Verlaine-2026', '2026!Verlaine!!', 'NADIA1234567', 'Nadia Verlaine 75', 'verlaineverlaine', 'Nàdïa!!!!!2026']) {
      expect(derivedFromName(password, NADIA), password).toBe(true);
    }
  });

  it('leaves to the estimator a phrase that mentions a name among other words', () => {
    for (const password of ['mot-de-passe-nadia', 'le-pont-de-fragnée', 'phrase-de-passe-admin']) {
      expect(derivedFromName(password, NADIA), password).toBe(false);
    }
    expect(derivedFromName('phrase-de-passe-admin', { username: 'admin', displayName: 'Claire Administratrice' })).toBe(false);
    // Parts of two letters say too little ("Li", "Bo").
    expect(ownerWords({ username: 'li.bo', displayName: 'Li Bo' })).toEqual(['libo']);
  });
});

describe('what is wrong with a new password', () => {
  it('is said in order: the current one, then the names, then the score', () => {
    expect(passwordProblem('k7Pw-Rt3x-9mQz', NADIA, { current: 'k7Pw-Rt3x-9mQz', score: 4 })).toBe('password_unchanged');
    expect(passwordProblem('Verlaine2026!', NADIA, { current: 'autre-chose', score: 4 })).toBe('password_like_name');
    expect(passwordProblem('Password1234', NADIA, { score: PASSWORD_MIN_SCORE - 1 })).toBe('password_common');
    expect(passwordProblem('Password1234', NADIA)).toBeNull(); // in the form: the score is the server's
    expect(passwordProblem('trois-hérons-sur-la-meuse', NADIA, { score: PASSWORD_MIN_SCORE })).toBeNull();
  });

  it('scores common passwords and keyboard runs low, phrases of several words high', async () => {
    for (const password of ['azertyuiop', 'Password1234', 'motdepasse123', '1234567890', 'soleil123456', 'Bonjour2026!']) {
      expect(await passwordScore(password, NADIA), password).toBeLessThan(PASSWORD_MIN_SCORE);
    }
    for (const password of ['trois-hérons-sur-la-meuse', 'un mot de passe assez long', 'k7Pw-Rt3x-9mQz-Hd4V']) {
      expect(await passwordScore(password, NADIA), password).toBeGreaterThanOrEqual(PASSWORD_MIN_SCORE);
    }
  });
});

describe('the passwords the demo and the tests use', () => {
  it('pass the rules, so the demo accounts and fixtures keep working', async () => {
    for (const account of DEMO_ACCOUNTS) await expect(assertAcceptablePassword('password', DEMO_PASSWORD, account), account.username).resolves.toBeUndefined();
    const fixtures: [string, { username: string; displayName: string }][] = [
      ['phrase-de-passe-admin', { username: 'admin', displayName: 'Claire Administratrice' }],
      ['mot-de-passe-e2e', NADIA],
      ['mot-de-passe-e2e-2', NADIA],
      ['mot-de-passe-temporaire', NADIA],
      ['temporaire-2026', { username: 'a.b', displayName: 'Amina Bensaïd' }],
      ['mot-de-passe-lea', { username: 'l.martin', displayName: 'Léa Martin' }],
      ['mot-de-passe-cpas', { username: 'cpas', displayName: 'Sophie Marchal' }],
      [TEST_PASSWORD, { username: 'coord', displayName: 'Coordination' }],
      ['nouvelle-phrase', { username: 'coord', displayName: 'Coordination' }],
    ];
    for (const [password, owner] of fixtures) await expect(assertAcceptablePassword('password', password, owner), password).resolves.toBeUndefined();
  });

  it('refuses with a field error naming the field, never the password', async () => {
    try {
      await assertAcceptablePassword('newPassword', 'azertyuiop', NADIA);
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'VALIDATION', details: { fields: [{ path: 'newPassword', issue: 'password_common' }] } });
      expect(JSON.stringify(error)).not.toContain('azertyuiop');
      expect(String((error as Error).message)).not.toContain('azertyuiop');
    }
  });
});
