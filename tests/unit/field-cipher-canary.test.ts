import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, readPragma } from '../../main/db/connection';
import { createFieldCipher } from '../../main/crypto/field-cipher';

/**
 * Issue 6's canary at the storage level: a name encrypted with the field cipher must not be readable in any
 * byte of the database's files — the main file, the WAL (where a fresh page lives until a checkpoint) and the
 * shared-memory index — while a value written in clear next to it is found, which proves the search looks
 * where the data is.
 */

// Unique per run, so a byte sequence left by an earlier run can never be what is found.
const CANARY = `CANARY-Zyxw-${randomBytes(6).toString('hex')}`;
const CONTROL = `CONTROL-Qpvu-${randomBytes(6).toString('hex')}`;

let directory: string | undefined;
let db: Knex | undefined;

afterEach(async () => {
  await db?.destroy();
  db = undefined;
  if (directory) rmSync(directory, { recursive: true, force: true });
  directory = undefined;
});

/** Every file SQLite made beside the database (`.sqlite`, `-wal`, `-shm`, any journal), as raw bytes. */
function filesOf(dir: string): Map<string, Buffer> {
  return new Map(readdirSync(dir).map((name) => [name, readFileSync(join(dir, name))]));
}

function findIn(files: Map<string, Buffer>, text: string): string[] {
  const needles = [Buffer.from(text, 'utf8'), Buffer.from(text, 'utf16le')];
  return [...files].filter(([, bytes]) => needles.some((needle) => bytes.includes(needle))).map(([name]) => name);
}

async function openWithRows(): Promise<{ dir: string; file: string }> {
  directory = mkdtempSync(join(tmpdir(), 'passerelle-canary-'));
  const file = join(directory, 'passerelle.sqlite');
  db = openDatabase(file);
  expect(await readPragma(db, 'journal_mode')).toBe('wal');
  await db.schema.createTable('people', (table) => {
    table.increments('id');
    table.text('code').notNullable();
    table.text('last_name');
  });
  const cipher = createFieldCipher(randomBytes(32));
  const [id] = await db('people').insert({ code: 'P-0001', last_name: null });
  await db('people').where({ id }).update({ last_name: cipher.encrypt(CANARY, `people.last_name:${id}`) });
  // The control row: the same column, written in clear.
  await db('people').insert({ code: 'P-0002', last_name: CONTROL });
  const stored = await db('people').where({ id }).first();
  expect(cipher.decrypt(stored.last_name, `people.last_name:${id}`)).toBe(CANARY);
  return { dir: directory, file };
}

describe('encrypted names in the database files (canary)', () => {
  it('are absent from the .sqlite, -wal and -shm files while the connection is open', async () => {
    const { dir, file } = await openWithRows();
    // The connection stays open: the pages are still in the WAL, not yet checkpointed.
    expect(existsSync(`${file}-wal`)).toBe(true);
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0);
    const files = filesOf(dir);
    expect([...files.keys()].sort()).toEqual(['passerelle.sqlite', 'passerelle.sqlite-shm', 'passerelle.sqlite-wal']);

    expect(findIn(files, CONTROL)).toContain('passerelle.sqlite-wal');
    expect(findIn(files, CANARY)).toEqual([]);
  });

  it('are absent from the database file after the WAL is folded back into it', async () => {
    const { dir } = await openWithRows();
    await db!.destroy();
    db = undefined;
    // Closing the last connection checkpoints the WAL into the main file (and removes the WAL).
    const files = filesOf(dir);
    expect(findIn(files, CONTROL)).toContain('passerelle.sqlite');
    expect(findIn(files, CANARY)).toEqual([]);
  });

  it('finds a canary written in UTF-16 too, so that search can fail', async () => {
    const files = new Map([['sample', Buffer.concat([randomBytes(64), Buffer.from(CANARY, 'utf16le'), randomBytes(64)])]]);
    expect(findIn(files, CANARY)).toEqual(['sample']);
  });
});
