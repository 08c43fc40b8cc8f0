import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { belgianDate } from '../clock';
import { syncDirectory } from '../fs/durable';
import { listBackups, type BackupEntry } from './list';
import { backupNameOfManifest, manifestNameFor } from './names';
import { STALE_PARTIAL_MS } from './partials';

export interface RotationPolicy {
  /** The newest backup of each of the last `daily` days that have a verified one (days in Europe/Brussels). */
  daily: number;
  /** The newest of each of the last `weekly` ISO weeks that have one. */
  weekly: number;
  /** The newest of each of the last `monthly` calendar months that have one. */
  monthly: number;
}

export const DEFAULT_ROTATION: RotationPolicy = { daily: 7, weekly: 4, monthly: 12 };

/** Whatever the calendar says, the newest few backups stay (a burst of manual ones before a risky change). */
const ALWAYS_KEEP_NEWEST = 3;

/**
 * The backups a grandfather-father-son rotation lets go. Kept: the newest 3 of any reason; every unverified
 * one (no manifest: what could not be checked is never deleted); every one dated after `now` (a clock set
 * wrong: they cannot be placed, and must not take the place of real days); and, among the verified ones, the
 * newest of each of the last `daily` days, `weekly` ISO weeks and `monthly` months that have one. The buckets
 * count only verified backups, so an unverified file never stands in for a day.
 */
export function backupsToPrune(entries: BackupEntry[], now: Date, policy: RotationPolicy = DEFAULT_ROTATION): BackupEntry[] {
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const keep = new Set<BackupEntry>(newestFirst.slice(0, ALWAYS_KEEP_NEWEST));
  const placed: BackupEntry[] = [];
  for (const entry of newestFirst) {
    if (entry.manifest === null || Date.parse(entry.createdAt) > now.getTime()) keep.add(entry);
    else placed.push(entry);
  }
  const day = (entry: BackupEntry): string => belgianDate(new Date(entry.createdAt));
  keepNewestOfEach(placed, day, policy.daily, keep);
  keepNewestOfEach(placed, (entry) => isoWeek(day(entry)), policy.weekly, keep);
  keepNewestOfEach(placed, (entry) => day(entry).slice(0, 7), policy.monthly, keep);
  return entries.filter((entry) => !keep.has(entry));
}

function keepNewestOfEach(
  newestFirst: BackupEntry[],
  period: (entry: BackupEntry) => string,
  count: number,
  keep: Set<BackupEntry>,
): void {
  const periods = new Set<string>();
  for (const entry of newestFirst) {
    const key = period(entry);
    if (periods.has(key)) continue;
    if (periods.size >= count) return;
    periods.add(key);
    keep.add(entry);
  }
}

/** "2027-01-01" → "2026-W53": the ISO 8601 week (weeks start on Monday; week 1 holds the year's first Thursday). */
export function isoWeek(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  const weekday = (date.getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const thursday = new Date(date.getTime() + (3 - weekday) * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / (7 * 86_400_000)) + 1;
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/**
 * Deletes what the rotation lets go, then manifests left without their copy; returns the deleted backups. The
 * copy goes before its manifest: killed in between, what is left is a manifest without a copy (removed by the
 * next pruning), never a copy without its manifest, which would count as unverified and be kept forever. A file
 * that cannot be deleted now (held open on Windows: EPERM/EBUSY) is skipped and retried next time.
 */
export function pruneBackups(
  dir: string,
  now: Date,
  policy: RotationPolicy = DEFAULT_ROTATION,
  options: { installationId?: string | null } = {},
): BackupEntry[] {
  const removed: BackupEntry[] = [];
  for (const entry of backupsToPrune(listBackups(dir).filter((entry) => isOurs(entry, options.installationId)), now, policy)) {
    try {
      rmSync(entry.file);
    } catch {
      continue;
    }
    removed.push(entry);
    try {
      rmSync(join(dir, manifestNameFor(entry.name)), { force: true });
    } catch {
      // Left as an orphan: removed below or next time.
    }
  }
  removeOrphanManifests(dir);
  syncDirectory(dir);
  return removed;
}

/**
 * With an installation given (a second folder several PCs may share), another installation's backups are
 * neither pruned nor counted: each installation keeps its own rotation there.
 */
function isOurs(entry: BackupEntry, installationId: string | null | undefined): boolean {
  if (!installationId) return true;
  const theirs = entry.manifest?.installationId;
  return !theirs || theirs === installationId;
}

/**
 * Removes manifests whose copy is gone. Only old ones: a writer publishes the manifest a moment before the copy,
 * and in a folder shared by two machines that moment may be now.
 */
function removeOrphanManifests(dir: string): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  const present = new Set(names);
  const limit = Date.now() - STALE_PARTIAL_MS;
  for (const name of names) {
    const backup = backupNameOfManifest(name);
    if (!backup || present.has(backup)) continue;
    const file = join(dir, name);
    try {
      if (statSync(file).mtimeMs <= limit) rmSync(file, { force: true });
    } catch {
      // Gone meanwhile, or held open: next time.
    }
  }
}
