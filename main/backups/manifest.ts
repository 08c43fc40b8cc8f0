import { readFileSync, statSync } from 'node:fs';
import { z } from 'zod';
import { BACKUP_NAME } from './names';

/*
 * The manifest written beside every backup: what the copy holds (migrations, row counts), who it belongs to
 * (installation, field key fingerprint) and its checksum. It is read back with strict validation: a damaged,
 * truncated or foreign manifest is "no manifest" (the backup is then unverified), never a crash.
 */

export type BackupReason = 'manual' | 'daily' | 'beforeMigration' | 'beforeRestore';

export const MANIFEST_FORMAT = 'passerelle-backup 1';

export interface BackupManifest {
  format: typeof MANIFEST_FORMAT;
  /** Base name of the .sqlite it describes. */
  file: string;
  /** ISO date-time. */
  createdAt: string;
  reason: BackupReason;
  appVersion: string;
  /** Applied migration names, in order, read from the copy. */
  migrations: string[];
  /** Row count of every table of the copy (knex_migrations included). */
  tables: Record<string, number>;
  bytes: number;
  /** Of the .sqlite file, hex. */
  sha256: string;
  installationId: string | null;
  fieldKeyFingerprint: string | null;
}

export interface BackupIdentity {
  installationId: string;
  fieldKeyFingerprint: string;
}

export const BACKUP_REASONS: readonly BackupReason[] = ['manual', 'daily', 'beforeMigration', 'beforeRestore'];

const HEX_64 = /^[0-9a-f]{64}$/;
// Table and migration names as this app makes them; anything else is not a manifest we wrote.
const IDENTIFIER = /^[A-Za-z0-9_]{1,200}$/;

const manifestSchema = z.strictObject({
  format: z.literal(MANIFEST_FORMAT),
  file: z.string().max(100).regex(BACKUP_NAME),
  createdAt: z.iso.datetime(),
  reason: z.enum(['manual', 'daily', 'beforeMigration', 'beforeRestore']),
  appVersion: z.string().min(1).max(50),
  migrations: z.array(z.string().regex(IDENTIFIER)).max(10_000),
  tables: z.record(z.string().regex(IDENTIFIER), z.number().int().nonnegative()),
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(HEX_64),
  installationId: z.string().min(1).max(64).nullable(),
  fieldKeyFingerprint: z.string().regex(HEX_64).nullable(),
});

// A manifest is a few kilobytes; a bigger file is not one, and is not read into memory.
const MAX_MANIFEST_BYTES = 1024 * 1024;

/** The manifest's file content: stable key order, indented for an administrator who opens it. */
export function serialiseManifest(manifest: BackupManifest): string {
  const checked = manifestSchema.parse(manifest);
  return `${JSON.stringify(checked, null, 2)}\n`;
}

/** The manifest in `text`, or null when it is not valid JSON or not exactly a manifest of this format. */
export function parseManifest(text: string): BackupManifest | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const result = manifestSchema.safeParse(json);
  return result.success ? result.data : null;
}

/** Reads a manifest file; null when it is missing, unreadable, too big or invalid. */
export function readManifestFile(file: string): BackupManifest | null {
  try {
    if (statSync(file).size > MAX_MANIFEST_BYTES) return null;
    return parseManifest(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}
