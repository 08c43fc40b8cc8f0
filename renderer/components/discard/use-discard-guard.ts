import { useCallback, useRef, useState } from 'react';
import { closeDecision } from './close-decision';
import { useUnsavedChanges } from './unsaved-changes';

export interface DiscardGuard {
  /** Runs `leave` at once when nothing is unsaved, else after the user chose "Abandonner". */
  ask(leave: () => void): void;
  /** Whether the question is on screen. */
  asking: boolean;
  /** Props for `<DiscardPrompt>`. */
  prompt: { opened: boolean; onKeep(): void; onDiscard(): void };
}

/**
 * The one guard every form uses (modals through `AppModal`'s `dirty`, drawers through `AppDrawer`'s, page
 * forms directly): asks before typing is thrown away, and registers the form as unsaved for the window
 * (leaving the section, signing out, closing the tab: see `LeaveGuard`).
 */
export function useDiscardGuard(dirty: boolean): DiscardGuard {
  const [pending, setPending] = useState<(() => void) | null>(null);
  useUnsavedChanges(dirty);
  // Two requests in the same event (Esc reaches the form and a parent dialog) ask once.
  const asking = useRef(false);
  asking.current = pending !== null;

  const ask = useCallback(
    (leave: () => void) => {
      const decision = closeDecision(dirty, asking.current);
      if (decision === 'close') leave();
      else if (decision === 'ask') {
        asking.current = true;
        setPending(() => leave);
      }
    },
    [dirty],
  );
  const onKeep = useCallback(() => setPending(null), []);
  const onDiscard = useCallback(() => {
    const leave = pending;
    setPending(null);
    leave?.();
  }, [pending]);
  return { ask, asking: pending !== null, prompt: { opened: pending !== null, onKeep, onDiscard } };
}
