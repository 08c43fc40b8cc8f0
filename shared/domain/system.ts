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

/**
 * What a new installation has yet to hold, for the home's first steps (issue 17): one part per role of the
 * caller, and only for those roles (a coordinator learns nothing of housing). Counts, never names.
 */
export interface FirstSteps {
  /** Accounts other than the caller's own. */
  admin?: { otherUsers: number };
  coordinator?: { schools: number; activities: number };
  /** The classes the teacher's account teaches (through its contact), and their activities. */
  teacher?: { classes: number; activities: number };
  housing?: { units: number; households: number };
}
