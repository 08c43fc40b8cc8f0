import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { fieldError } from '../errors';
import { ownerWords, passwordProblem, type PasswordOwner } from '../../shared/domain/passwords';

/**
 * The server's check of a new password: the shared rules (shared/domain/passwords.ts) plus the score of
 * zxcvbn-ts, a maintained estimator with its lists of common passwords (language-common) and of French words,
 * first names and last names (language-fr), and keyboard patterns (AZERTY, QWERTY). Kept on the Node side:
 * its dictionaries weigh about 1 MB, too much for the page; the forms show its verdict as a field error.
 */

let estimator: Promise<ZxcvbnFactory> | null = null;

/**
 * Built on first use: evaluating the dictionaries takes about a quarter of a second, which the start-up
 * (browser mode prints its address, the desktop window opens) need not pay. The dynamic imports stay lazy in
 * the bundle.
 */
function zxcvbn(): Promise<ZxcvbnFactory> {
  estimator ??= (async () => {
    const [{ ZxcvbnFactory: Factory }, common, french] = await Promise.all([
      import('@zxcvbn-ts/core'),
      import('@zxcvbn-ts/language-common'),
      import('@zxcvbn-ts/language-fr'),
    ]);
    return new Factory({
      dictionary: { ...common.dictionary, ...french.dictionary },
      graphs: common.adjacencyGraphs,
      // Not useLevenshteinDistance: it costs 0.3–2 s per password here, for little more than the lists give.
    });
  })();
  return estimator;
}

/** The estimator's score, 0 (guessed at once) to 4, counting the owner's names as known words. */
export async function passwordScore(password: string, owner: PasswordOwner): Promise<number> {
  return (await zxcvbn()).check(password, ownerWords(owner)).score;
}

/**
 * Refuses a new password with a field error on `path` (VALIDATION, nothing written): the one it replaces,
 * one derived from the owner's names, or one the estimator scores below PASSWORD_MIN_SCORE. The password is
 * never logged nor echoed.
 */
export async function assertAcceptablePassword(path: string, password: string, owner: PasswordOwner, current?: string): Promise<void> {
  const problem = passwordProblem(password, owner, { current, score: await passwordScore(password, owner) });
  if (problem !== null) throw fieldError(path, problem);
}
