import { beforeAll, describe, expect, it } from 'vitest';
import { translators } from '../helpers/translators';
import { flatten } from '../helpers/i18n-namespace';
import fr from '../../renderer/i18n/fr.json';
import en from '../../renderer/i18n/en.json';
import type { TFunction } from 'i18next';
import { contract } from '../../shared/api/contract';
import { ERROR_REASONS, type ErrorReason } from '../../shared/api/error-reasons';
import { inlineFieldMessage, translateApiError } from '../../renderer/i18n/translate-error';
import { fieldErrorsFromSchema, validateAgainst } from '../../renderer/forms/contract-validation';

let tFr: TFunction;
let tEn: TFunction;

beforeAll(async () => {
  ({ tFr, tEn } = await translators());
});

describe('translateApiError', () => {
  it('names each refused field in a sentence', () => {
    const error = {
      code: 'VALIDATION' as const,
      message: 'invalid input',
      fields: [
        { path: 'username', issue: 'too_short' as const, params: { limit: 3 } },
        { path: 'roles', issue: 'too_few' as const, params: { limit: 1 } },
      ],
    };
    expect(translateApiError(tFr, error)).toBe("Nom d'utilisateur : au moins 3 caractères. Rôles : choisissez-en au moins 1.");
    expect(translateApiError(tEn, error)).toBe('Username: at least 3 characters. Roles: choose at least 1.');
  });

  it("writes the days the server sends in the reader's language", () => {
    const error = { code: 'VALIDATION' as const, message: '', fields: [{ path: 'places', issue: 'over_capacity' as const, params: { date: '2026-12-03', free: 1 } }] };
    expect(translateApiError(tFr, error)).toContain('la nuit du 3 déc. 2026 (places libres : 1)');
    expect(translateApiError(tEn, error)).toContain('on the night of 3 Dec 2026 (free places: 1)');
  });

  it('uses the reason with its parameters, then the code', () => {
    expect(translateApiError(tFr, { code: 'RATE_LIMITED', message: '', reason: 'tooManyAttempts', params: { seconds: 42 } })).toBe(
      'Trop de tentatives de connexion. Réessayez dans 42 secondes.',
    );
    expect(translateApiError(tFr, { code: 'INTERNAL', message: '', reason: 'internal', params: { reference: 'E-7F3A' } })).toContain(
      'E-7F3A',
    );
    expect(translateApiError(tFr, { code: 'NOT_FOUND', message: '', reason: 'notFound.user' })).toBe('Ce compte n\'existe pas ou plus.');
    // A reason this renderer does not know (sent by a newer server) falls back on the code.
    expect(translateApiError(tFr, { code: 'CONFLICT', message: '', reason: 'somethingNew' as ErrorReason })).toBe(
      'Cette action entre en conflit avec les données existantes.',
    );
    expect(translateApiError(tEn, { code: 'FORBIDDEN', message: '' })).toBe('You are not allowed to do this.');
  });

  it('translates exactly the listed reasons in both languages, none with an empty sentence', () => {
    for (const [language, bundle] of [['fr', fr], ['en', en]] as const) {
      const sentences = flatten(bundle.errors.reasons);
      expect([...sentences.keys()].sort(), `errors.reasons in ${language}.json`).toEqual([...ERROR_REASONS].sort());
      expect([...sentences].filter(([, text]) => text.trim() === '').map(([reason]) => reason), `empty in ${language}.json`).toEqual([]);
    }
  });

  it('finds the sentence of every reason, nested ones included, rather than the code', () => {
    const byCode = translateApiError(tFr, { code: 'CONFLICT', message: '' });
    expect(ERROR_REASONS.filter((reason) => translateApiError(tFr, { code: 'CONFLICT', message: '', reason, params: { count: 2 } }) === byCode)).toEqual([]);
  });

  it('writes a field message under its input as a sentence of its own', () => {
    expect(inlineFieldMessage(tFr, { path: 'username', issue: 'taken' })).toBe('Déjà utilisé : il doit être unique.');
  });
});

describe('form validation against the contract', () => {
  it('reports the same issues as the server, with a blank text as required', () => {
    const errors = fieldErrorsFromSchema(contract.users.create.input, { username: 'ab', displayName: ' ', password: 'short', roles: [] });
    expect(errors).toEqual([
      { path: 'username', issue: 'too_short', params: { limit: 3 } },
      { path: 'displayName', issue: 'required' },
      { path: 'password', issue: 'too_short', params: { limit: 10 } },
      { path: 'roles', issue: 'too_few', params: { limit: 1 } },
    ]);
  });

  it('accepts a valid form and gives one translated message per field otherwise', () => {
    const valid = { username: 'Nadia.V', displayName: 'Nadia Verlaine', password: 'phrase-de-passe', roles: ['coordinator'] };
    expect(validateAgainst(tFr, contract.users.create.input, valid)).toEqual({});
    expect(validateAgainst(tFr, contract.users.create.input, { ...valid, username: 'nadia v' })).toEqual({
      username: "Le format n'est pas valide.",
    });
    expect(validateAgainst(tFr, contract.settings.update.input, { idleMinutes: 0, modules: ['schools'] })).toEqual({
      idleMinutes: 'La valeur minimale est 1.',
    });
  });
});
