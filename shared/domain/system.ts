export interface SystemInfo {
  version: string;
  dataDir: string;
  databaseFile: string;
  appliedMigrations: number;
  latestMigration: string | null;
}

/** An audit entry names who did what to which record; it never copies personal data. */
export interface AuditEvent {
  id: number;
  at: string;
  userId: number | null;
  username: string | null;
  action: string;
  entity: string;
  entityId: string | null;
}
