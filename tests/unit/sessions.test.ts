import { describe, expect, it } from 'vitest';
import { createSessionStore } from '../../main/auth/sessions';
import { createFakeClock } from '../helpers/clock';

describe('session store', () => {
  it('keeps a session alive while it is used and ends it after the idle time', () => {
    const clock = createFakeClock();
    const sessions = createSessionStore(clock);
    sessions.signIn('ipc:1', 42);
    clock.advance(14 * 60_000);
    expect(sessions.touch('ipc:1', 15)).toBe(42);
    clock.advance(15 * 60_000);
    expect(sessions.touch('ipc:1', 15)).toBe(42);
    clock.advance(15 * 60_000 + 1);
    expect(sessions.touch('ipc:1', 15)).toBeNull();
    clock.advance(1);
    // Once ended it stays ended, even with a longer limit.
    expect(sessions.touch('ipc:1', 480)).toBeNull();
  });

  it('keeps callers apart and signs out only the one asked', () => {
    const sessions = createSessionStore(createFakeClock());
    sessions.signIn('http:a', 1);
    sessions.signIn('http:b', 2);
    sessions.signOut('http:a');
    expect(sessions.touch('http:a', 15)).toBeNull();
    expect(sessions.touch('http:b', 15)).toBe(2);
  });
});
