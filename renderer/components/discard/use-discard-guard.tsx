import { useCallback, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import { closeDecision } from './close-decision';
import { DiscardPrompt } from './DiscardPrompt';
import { useUnsavedChanges } from './unsaved-changes';

export interface DiscardGuard {
  /** Runs `leave` at once when nothing is unsaved, else after the user chose "Abandonner". */
  ask(leave: () => void): void;
  /** The question, to render once beside the form (not inside a dialog's content). */
  prompt: ReactNode;
}

/**
 * The question's state, kept outside the component that owns the form: asking must not re-render a form's
 * modal, whose focus trap would then take the focus back from the question (Mantine re-attaches the trap's ref).
 * Exported for its unit test.
 */
export function createAsker() {
  let pending: (() => void) | null = null;
  // Esc on the question also reaches the form's dialog, in either order: until that key's handling is over,
  // a request to close is the same key, not a new one.
  let answering = false;
  // The other way round: the Esc that made the form ask is still being dispatched when the question opens, and
  // the question's own Esc listener (registered long before, now seeing it open) would answer it at once.
  // Until that key's handling is over, "keep" from the question is that same key, not the user's answer.
  let opening = false;
  const listeners = new Set<() => void>();
  const set = (next: (() => void) | null) => {
    pending = next;
    for (const listener of listeners) listener();
  };
  return {
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pending: () => pending,
    ask(leave: () => void, dirty: boolean) {
      const decision = closeDecision(dirty, pending !== null || answering);
      if (decision === 'close') leave();
      else if (decision === 'ask') {
        opening = true;
        setTimeout(() => (opening = false), 0);
        set(leave);
      }
    },
    keep() {
      if (opening) return;
      answering = true;
      setTimeout(() => (answering = false), 0);
      set(null);
    },
    discard() {
      const leave = pending;
      set(null);
      leave?.();
    },
  };
}
type Asker = ReturnType<typeof createAsker>;

function PromptHost({ asker }: { asker: Asker }) {
  const pending = useSyncExternalStore(asker.subscribe, asker.pending);
  return <DiscardPrompt opened={pending !== null} onKeep={asker.keep} onDiscard={asker.discard} />;
}

/**
 * The one guard every form uses (modals through `AppModal`'s `dirty`, drawers through `AppDrawer`'s, page
 * forms directly): asks before typing is thrown away, and registers the form as unsaved for the window
 * (leaving the section, signing out, closing the tab: see `LeaveGuard`).
 */
export function useDiscardGuard(dirty: boolean): DiscardGuard {
  const [asker] = useState(createAsker);
  useUnsavedChanges(dirty);
  const dirtyNow = useRef(dirty);
  dirtyNow.current = dirty;
  const ask = useCallback((leave: () => void) => asker.ask(leave, dirtyNow.current), [asker]);
  const [prompt] = useState(() => <PromptHost asker={asker} />);
  return { ask, prompt };
}
