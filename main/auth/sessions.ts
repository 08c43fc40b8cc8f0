import type { Clock } from '../clock';

/**
 * Signed-in users per caller. A caller is identified by its transport: one Electron window (its webContents
 * id) or one browser tab (a random client id sent alongside the launch token). Sessions live in memory only:
 * closing the app signs everyone out.
 */
export interface SessionStore {
  signIn(callerKey: string, userId: number): void;
  signOut(callerKey: string): void;
  /**
   * The signed-in user id, or null when there is none or it has been idle longer than `idleMinutes` (then it
   * ends). The limit is passed on each call so an admin's change applies to running sessions at once.
   */
  touch(callerKey: string, idleMinutes: number): number | null;
}

export function createSessionStore(clock: Clock): SessionStore {
  const sessions = new Map<string, { userId: number; lastSeen: number }>();
  return {
    signIn(callerKey, userId) {
      sessions.set(callerKey, { userId, lastSeen: clock.now().getTime() });
    },
    signOut(callerKey) {
      sessions.delete(callerKey);
    },
    touch(callerKey, idleMinutes) {
      const session = sessions.get(callerKey);
      if (!session) return null;
      const now = clock.now().getTime();
      if (now - session.lastSeen > idleMinutes * 60_000) {
        sessions.delete(callerKey);
        return null;
      }
      session.lastSeen = now;
      return session.userId;
    },
  };
}
