import { execFileSync } from 'node:child_process';
import { arch, cpus, platform, release, totalmem } from 'node:os';

/** What the figures were measured on: they mean little without it (results.json keeps it beside them). */
export interface MachineDescription {
  platform: string;
  release: string;
  arch: string;
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  /** The `sqlite3` shell's version, null when it is not installed (the import row's floor needs it). */
  sqliteShell: string | null;
  /** PostgreSQL server version when the PostgreSQL side ran. */
  postgres: string | null;
}

export function sqliteShellVersion(): string | null {
  try {
    return execFileSync('sqlite3', ['-version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim().split(' ')[0] ?? null;
  } catch {
    return null;
  }
}

export function describeMachine(postgres: string | null): MachineDescription {
  const processors = cpus();
  return {
    platform: platform(),
    release: release(),
    arch: arch(),
    cpu: processors[0]?.model.trim() ?? 'unknown',
    cores: processors.length,
    memoryGB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    sqliteShell: sqliteShellVersion(),
    postgres,
  };
}
