import knex from 'knex';
import { describe, expect, it } from 'vitest';
import { databaseUnavailableCause, isDatabaseUnavailable } from '../../main/db/unavailable';

/** Errors shaped as pg, Node and knex give them (the PostgreSQL test tests/postgres/lost-connection.test.ts meets real ones). */
function withCode(code: string, message = 'failed'): Error {
  return Object.assign(new Error(message), { code });
}

describe('a database out of reach, told from other failures', () => {
  it.each(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', '08006', '08001', '08P01', '57P01', '57P02', '57P03', '53300'])(
    'counts %s as out of reach',
    (code) => {
      expect(databaseUnavailableCause(withCode(code))).toBe(code);
    },
  );

  it('counts pg\'s code-less messages, with the SQL knex puts before them', () => {
    expect(databaseUnavailableCause(new Error('Connection terminated unexpectedly'))).toBe('connectionTerminated');
    const broken = new Error('insert into "users" ("username") values ($1) - Client has encountered a connection error and is not queryable');
    expect(databaseUnavailableCause(broken)).toBe('connectionBroken');
  });

  it('counts a pool that could not hand out a connection in time', () => {
    expect(isDatabaseUnavailable(new knex.KnexTimeoutError('Knex: Timeout acquiring a connection.'))).toBe(true);
  });

  it.each([
    ['a broken constraint', withCode('23505')],
    ['a statement past its timeout', withCode('57014')],
    ['a missing table', withCode('42P01')],
    ['SQLite busy', withCode('SQLITE_BUSY')],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['a thrown string', 'Connection terminated'],
  ])('does not count %s', (_name, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });
});
