import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listBackups, type BackupEntry } from '../../../main/backups/list';
import { serialiseManifest, type BackupManifest } from '../../../main/backups/manifest';
import { backupName, backupStamp, manifestNameFor } from '../../../main/backups/names';
import { backupsToPrune, isoWeek, pruneBackups } from '../../../main/backups/rotation';
import { tempDir, removeTempDirs } from './helpers';

afterAll(removeTempDirs);

const DAY = 86_400_000;

function manifestFor(name: string, createdAt: string, bytes: number): BackupManifest {
  return {
    format: 'passerelle-backup 1',
    file: name,
    createdAt,
    reason: 'daily',
    appVersion: '0.1.0',
    migrations: ['20261128120000_foundation'],
    tables: { knex_migrations: 1 },
    bytes,
    sha256: '0'.repeat(64),
    installationId: null,
    fieldKeyFingerprint: null,
  };
}

function entry(at: Date, options: { verified?: boolean; rank?: number } = {}): BackupEntry {
  const name = backupName(backupStamp(at), options.rank);
  const createdAt = at.toISOString();
  return { name, file: `/backups/${name}`, bytes: 10, createdAt, manifest: options.verified === false ? null : manifestFor(name, createdAt, 10) };
}

/**
 * The survivors, stated per backup rather than by filling buckets: a verified backup dated up to `now` survives a
 * period rule when it is the newest of its period and fewer than N periods newer than its own hold a verified
 * one. The times used are between 06:00 and 17:00 UTC, the same calendar day in Brussels, so periods are read
 * here from the UTC date.
 */
function expectedSurvivors(entries: BackupEntry[], now: Date, policy: { daily: number; weekly: number; monthly: number }): Set<string> {
  const time = (e: BackupEntry) => Date.parse(e.createdAt);
  const utcDay = (e: BackupEntry) => e.createdAt.slice(0, 10);
  const monday = (e: BackupEntry) => {
    const date = new Date(`${utcDay(e)}T00:00:00Z`);
    return new Date(date.getTime() - ((date.getUTCDay() + 6) % 7) * DAY).toISOString().slice(0, 10);
  };
  const month = (e: BackupEntry) => e.createdAt.slice(0, 7);
  const placed = entries.filter((e) => e.manifest !== null && time(e) <= now.getTime());
  const rule = (period: (x: BackupEntry) => string, count: number) => {
    const periods = placed.map(period);
    return (e: BackupEntry): boolean => {
      const mine = period(e);
      const newestOfMine = placed.every((x, i) => periods[i] !== mine || time(x) <= time(e));
      const newerPeriods = new Set(periods.filter((p) => p > mine));
      return newestOfMine && newerPeriods.size < count;
    };
  };
  const byDay = rule(utcDay, policy.daily);
  const byWeek = rule(monday, policy.weekly);
  const byMonth = rule(month, policy.monthly);
  const newestThree = [...entries].sort((a, b) => time(b) - time(a)).slice(0, 3);
  return new Set(
    entries
      .filter(
        (e) =>
          newestThree.includes(e) ||
          e.manifest === null ||
          time(e) > now.getTime() ||
          byDay(e) ||
          byWeek(e) ||
          byMonth(e),
      )
      .map((e) => e.name),
  );
}

describe('backupsToPrune', () => {
  it('keeps exactly the grandfather-father-son survivors of two years of daily backups', () => {
    const now = new Date('2026-12-06T17:00:00Z');
    const entries: BackupEntry[] = [];
    for (let t = Date.parse('2025-01-01T08:00:00Z'), i = 0; t <= now.getTime(); t += DAY, i += 1) {
      if (i % 9 === 4) continue; // days without a backup (PC off)
      entries.push(entry(new Date(t)));
      if (i % 5 === 0) entries.push(entry(new Date(t + 7 * 3600_000))); // a manual one at 15:00 UTC
      if (i % 11 === 0) entries.push(entry(new Date(t + 7 * 3600_000), { rank: 2 })); // same second: -2
    }
    const unverified = [entry(new Date('2025-03-03T06:00:00Z'), { verified: false }), entry(new Date('2026-06-10T06:00:00Z'), { verified: false })];
    const future = entry(new Date('2027-02-01T09:00:00Z'));
    entries.push(...unverified, future);
    const policy = { daily: 7, weekly: 4, monthly: 12 };

    const pruned = backupsToPrune(entries, now, policy);
    const survivors = new Set(entries.filter((e) => !pruned.includes(e)).map((e) => e.name));
    expect(survivors).toEqual(expectedSurvivors(entries, now, policy));

    // Facts checked by hand: nothing verified older than the 12 months 2026-01…2026-12 survives; the
    // unverified and the future-dated ones do; 7 days + ≤4 weeks + ≤12 months + 3 newest + 2 + 1 at most.
    for (const e of unverified) expect(survivors.has(e.name)).toBe(true);
    expect(survivors.has(future.name)).toBe(true);
    const verifiedSurvivors = entries.filter((e) => survivors.has(e.name) && e.manifest && e !== future);
    expect(verifiedSurvivors.every((e) => e.createdAt >= '2026-01')).toBe(true);
    expect(survivors.size).toBeLessThanOrEqual(7 + 4 + 12 + 3 + 3);
    expect(survivors.size).toBeGreaterThanOrEqual(7 + 11 + 2 + 1);
    expect(pruned.length + survivors.size).toBe(entries.length);
  });

  it('reads days in Europe/Brussels: 23:30 UTC on 31 January is 1 February in Liège', () => {
    const now = new Date('2026-03-20T12:00:00Z');
    const januaryLate = entry(new Date('2026-01-31T22:00:00Z')); // 23:00 on 31 January in Liège
    const februaryFirst = entry(new Date('2026-01-31T23:30:00Z')); // 00:30 on 1 February in Liège
    const februaryLater = entry(new Date('2026-02-01T10:00:00Z'));
    const march = [10, 11, 12].map((day) => entry(new Date(`2026-03-${day}T10:00:00Z`)));
    const entries = [januaryLate, februaryFirst, februaryLater, ...march];
    const pruned = backupsToPrune(entries, now, { daily: 0, weekly: 0, monthly: 12 });
    expect(pruned.map((e) => e.name)).toEqual([februaryFirst.name]);
  });

  it('keeps the newest three whatever their reason, and every unverified backup', () => {
    const now = new Date('2026-12-06T12:00:00Z');
    const sameDay = [1, 2, 3, 4, 5].map((hour) => entry(new Date(`2026-12-06T0${hour}:00:00Z`)));
    const old = entry(new Date('2020-01-01T10:00:00Z'), { verified: false });
    const pruned = backupsToPrune([...sameDay, old], now, { daily: 1, weekly: 0, monthly: 0 });
    expect(pruned.map((e) => e.name).sort()).toEqual([sameDay[0]!.name, sameDay[1]!.name].sort());
  });

  it('names ISO weeks', () => {
    expect(isoWeek('2027-01-01')).toBe('2026-W53');
    expect(isoWeek('2026-12-28')).toBe('2026-W53');
    expect(isoWeek('2025-12-29')).toBe('2026-W01');
    expect(isoWeek('2021-01-03')).toBe('2020-W53');
    expect(isoWeek('2026-12-07')).toBe('2026-W50');
  });
});

describe('listBackups and pruneBackups on real files', () => {
  function write(dir: string, at: Date, options: { manifest?: 'ok' | 'none' | 'damaged' | 'otherSize'; rank?: number } = {}): string {
    const name = backupName(backupStamp(at), options.rank);
    writeFileSync(join(dir, name), 'not really a database');
    const manifest = manifestFor(name, at.toISOString(), 'not really a database'.length);
    const kind = options.manifest ?? 'ok';
    if (kind === 'ok') writeFileSync(join(dir, manifestNameFor(name)), serialiseManifest(manifest));
    if (kind === 'damaged') writeFileSync(join(dir, manifestNameFor(name)), '{"format": "passerelle-backup 1"');
    if (kind === 'otherSize') writeFileSync(join(dir, manifestNameFor(name)), serialiseManifest({ ...manifest, bytes: 3 }));
    return name;
  }

  it('lists backups newest first, unverified when the manifest is missing, damaged or another file’s, and ignores anything else', () => {
    const dir = tempDir('list');
    const a = write(dir, new Date('2026-12-01T10:00:00Z'));
    const b = write(dir, new Date('2026-12-02T10:00:00Z'), { manifest: 'none' });
    const c = write(dir, new Date('2026-12-03T10:00:00Z'), { manifest: 'damaged' });
    const d = write(dir, new Date('2026-12-03T10:00:00Z'), { rank: 2, manifest: 'otherSize' });
    const e = write(dir, new Date('2026-12-03T10:00:00Z'), { rank: 10 });
    writeFileSync(join(dir, '.passerelle-20261204-100000.abcdef012345.sqlite.partial'), 'work');
    writeFileSync(join(dir, '.passerelle-20261204-100000.abcdef012345.sqlite.partial-journal'), 'work');
    writeFileSync(join(dir, 'passerelle-20261204-100000.sqlite.bak'), 'not a backup name');
    writeFileSync(join(dir, 'passerelle-20261399-100000.sqlite'), 'impossible date');
    mkdirSync(join(dir, 'passerelle-20261205-100000.sqlite'));
    const list = listBackups(dir);
    expect(list.map((x) => x.name)).toEqual([e, d, c, b, a]);
    expect(list.map((x) => x.manifest !== null)).toEqual([true, false, false, false, true]);
    expect(list.find((x) => x.name === b)).toMatchObject({ createdAt: '2026-12-02T10:00:00.000Z', bytes: 21, file: join(dir, b) });
    expect(listBackups(join(dir, 'missing'))).toEqual([]);
  });

  it('deletes the pruned copies with their manifests, keeps the unverified, and removes old lone manifests', () => {
    const dir = tempDir('prune');
    const now = new Date('2026-12-20T12:00:00Z');
    const names = Array.from({ length: 20 }, (_, i) => write(dir, new Date(Date.parse('2026-12-01T10:00:00Z') + i * DAY)));
    const unverified = write(dir, new Date('2026-11-01T10:00:00Z'), { manifest: 'none' });
    // A manifest left alone by a pruning killed between the two deletions, and one published a moment ago by a
    // writer that is about to publish its copy.
    const lone = manifestNameFor(backupName('20261102-100000'));
    const fresh = manifestNameFor(backupName('20261219-100000', 2));
    writeFileSync(join(dir, lone), '{}');
    writeFileSync(join(dir, fresh), '{}');
    const old = new Date(Date.now() - 10 * 60 * 1000);
    utimesSync(join(dir, lone), old, old);

    const removed = pruneBackups(dir, now, { daily: 7, weekly: 0, monthly: 0 });
    expect(removed.map((e) => e.name).sort()).toEqual(names.slice(0, 13).sort());
    for (const name of names.slice(0, 13)) {
      expect(existsSync(join(dir, name))).toBe(false);
      expect(existsSync(join(dir, manifestNameFor(name)))).toBe(false);
    }
    const left = readdirSync(dir);
    for (const name of names.slice(13)) expect(left).toContain(manifestNameFor(name));
    expect(left).toContain(unverified);
    expect(left).not.toContain(lone);
    expect(left).toContain(fresh);
  });
});
