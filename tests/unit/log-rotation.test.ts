import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRotatingAppender, LOG_ROTATION, rotatedLogFiles } from '../../main/log-rotation';
import { createFileLogger, logFileOf, logsFolder } from '../../main/log';

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'passerelle-log-rotation-'));
  file = join(dir, 'passerelle.log');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A line of exactly `bytes` bytes (newline included), marked so the test can tell which file it landed in. */
function line(mark: string, bytes: number): string {
  return `${mark}${'.'.repeat(bytes - mark.length - 1)}\n`;
}

const filesIn = () => readdirSync(dir).sort();

describe('the log rotates by size, on real files', () => {
  it('keeps 5 files of 5 MB by default', () => {
    expect(LOG_ROTATION).toEqual({ maxBytes: 5 * 1024 * 1024, keep: 5 });
    expect(rotatedLogFiles('/l/passerelle.log', 3)).toEqual(['/l/passerelle.log', '/l/passerelle.log.1', '/l/passerelle.log.2']);
  });

  it('starts a new file before a line would pass the limit, shifting the older ones up', () => {
    const append = createRotatingAppender(file, { maxBytes: 100, keep: 3 });
    append(line('a', 60));
    append(line('b', 40)); // exactly 100: still fits
    expect(filesIn()).toEqual(['passerelle.log']);
    expect(statSync(file).size).toBe(100);
    append(line('c', 10)); // would make 110: rotate first
    expect(filesIn()).toEqual(['passerelle.log', 'passerelle.log.1']);
    expect(readFileSync(file, 'utf8')).toBe(line('c', 10));
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line('a', 60) + line('b', 40));
    append(line('d', 95)); // 10 + 95 > 100
    expect(readFileSync(file, 'utf8')).toBe(line('d', 95));
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line('c', 10));
    expect(readFileSync(`${file}.2`, 'utf8')).toBe(line('a', 60) + line('b', 40));
  });

  it('never keeps more than `keep` files: the oldest is deleted', () => {
    const append = createRotatingAppender(file, { maxBytes: 50, keep: 3 });
    for (const mark of ['1', '2', '3', '4', '5', '6']) append(line(mark, 30)); // each line fills a file of its own
    expect(filesIn()).toEqual(['passerelle.log', 'passerelle.log.1', 'passerelle.log.2']);
    expect([file, `${file}.1`, `${file}.2`].map((name) => readFileSync(name, 'utf8')[0])).toEqual(['6', '5', '4']);
    // No file ever passes the limit.
    for (const name of filesIn()) expect(statSync(join(dir, name)).size).toBeLessThanOrEqual(50);
  });

  it('writes a line longer than the limit rather than losing it, alone in its file', () => {
    const append = createRotatingAppender(file, { maxBytes: 20, keep: 2 });
    append(line('x', 10));
    append(line('long', 64));
    expect(readFileSync(file, 'utf8')).toBe(line('long', 64));
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line('x', 10));
  });

  it('carries on after a file removed by hand, and counts from what is on disk', () => {
    writeFileSync(file, line('old', 90));
    const append = createRotatingAppender(file, { maxBytes: 100, keep: 3 });
    append(line('n', 20)); // the existing 90 bytes count
    expect(readFileSync(`${file}.1`, 'utf8')).toBe(line('old', 90));
    rmSync(`${file}.1`);
    rmSync(file);
    append(line('m', 20));
    expect(filesIn()).toEqual(['passerelle.log']);
    append(line('k', 90));
    expect(filesIn()).toEqual(['passerelle.log', 'passerelle.log.1']);
  });

  it('the file logger rotates too and still writes no error message', () => {
    const logger = createFileLogger(file, { now: () => new Date('2026-12-07T08:00:00Z') }, { maxBytes: 400, keep: 2 });
    const secret = 'Fatima El Amrani, rue de la Régence 4';
    for (let index = 0; index < 6; index += 1) logger.internalError('main.uncaughtException', new TypeError(secret));
    expect(filesIn()).toEqual(['passerelle.log', 'passerelle.log.1']);
    for (const name of filesIn()) {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(text).not.toContain('Fatima');
      const rows = text.trim().split('\n');
      // Within the limit, unless one line alone is longer.
      expect(statSync(join(dir, name)).size <= 400 || rows.length === 1).toBe(true);
      for (const entry of rows.map((row) => JSON.parse(row) as Record<string, unknown>)) {
        expect(entry).toMatchObject({ level: 'error', event: 'main.uncaughtException', errorClass: 'TypeError' });
      }
    }
  });

  it('the data directory keeps its log under logs/', () => {
    expect(logsFolder(dir)).toBe(join(dir, 'logs'));
    expect(logFileOf(dir)).toBe(join(dir, 'logs', 'passerelle.log'));
    createFileLogger(logFileOf(dir), { now: () => new Date() }).info('started');
    expect(existsSync(join(dir, 'logs', 'passerelle.log'))).toBe(true);
  });
});
