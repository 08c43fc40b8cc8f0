import type { Clock } from '../clock';

/**
 * Signed-in users per caller. A caller is identified by its transport: one Electron window (its webContents
 * id), one browser tab of browser mode (a random client id sent alongside the launch token), or one browser of
 * the team server (its session cookie). The desktop app keeps them in memory (closing it signs everyone out);
 * the team server keeps them in its database (main/auth/database-sessions.ts), so that every server process
 * knows them.
 */
export interface SessionStore {
  signIn(callerKey: string, userId: number): Promise<void>;
  signOut(callerKey: string): Promise<void>;
  /**
   * The signed-in user id, or null when there is none or it has been idle longer than `idleMinutes` (then it
   * ends). The limit is passed on each call so an admin's change applies to running sessions at once.
   */
  touch(callerKey: string, idleMinutes: number): Promise<number | null>;
}

/** Whether a session last seen at `lastSeen` has now been idle too long (both in milliseconds). */
export function idleTooLong(lastSeen: number, now: number, idleMinutes: number): boolean {
  return now - lastSeen > idleMinutes * 60_000;
}

export function createMemorySessionStore(clock: Clock): SessionStore {
  const sessions = new Map<string, { userId: number; lastSeen: number }>();
  return {
    async signIn(callerKey, userId) {
      sessions.set(callerKey, { userId, lastSeen: clock.now().getTime() });
    },
    async signOut(callerKey) {
      sessions.delete(callerKey);
    },
    async touch(callerKey, idleMinutes) {
      const session = sessions.get(callerKey);
      if (!session) return null;
      const now = clock.now().getTime();
      if (idleTooLong(session.lastSeen, now, idleMinutes)) {
        sessions.delete(callerKey);
        return null;
      }
      session.lastSeen = now;
      return session.userId;
    },
  };
}
