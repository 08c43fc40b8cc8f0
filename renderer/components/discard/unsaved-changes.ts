import { useEffect, useSyncExternalStore } from 'react';

/**
 * Which open forms hold typing not yet saved, for the whole window: leaving the page, signing out by hand or
 * closing the tab asks first while one does. Each form registers itself while it is dirty (a symbol each, so
 * two forms do not clear each other), and a request to leave waits here until the user answers.
 */
const dirtyForms = new Set<symbol>();
let pendingLeave: (() => void) | null = null;
const listeners = new Set<() => void>();

function emit() {
  for (const listener of listeners) listener();
}

export function subscribeUnsaved(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function markDirty(form: symbol, dirty: boolean) {
  const had = dirtyForms.has(form);
  if (dirty === had) return;
  if (dirty) dirtyForms.add(form);
  else dirtyForms.delete(form);
  emit();
}

export function hasUnsavedChanges(): boolean {
  return dirtyForms.size > 0;
}

/** Runs `leave` at once when nothing is unsaved; else holds it until the user chooses (see `LeaveGuard`). */
export function askBeforeLeaving(leave: () => void) {
  if (!hasUnsavedChanges()) {
    leave();
    return;
  }
  pendingLeave = leave;
  emit();
}

export function pendingLeaveRequest(): (() => void) | null {
  return pendingLeave;
}

/** The user chose: "Abandonner" runs the held action (the forms are about to go), "Continuer la saisie" drops it. */
export function answerLeave(discard: boolean) {
  const leave = pendingLeave;
  pendingLeave = null;
  emit();
  if (discard) leave?.();
}

/** Registers the calling form as unsaved while `dirty` is true, and forgets it when it goes. */
export function useUnsavedChanges(dirty: boolean) {
  useEffect(() => {
    const form = Symbol('form');
    markDirty(form, dirty);
    return () => markDirty(form, false);
  }, [dirty]);
}

/** Re-renders on every change of the registry; answers whether something is unsaved. */
export function useHasUnsavedChanges(): boolean {
  return useSyncExternalStore(subscribeUnsaved, hasUnsavedChanges);
}

export function usePendingLeave(): (() => void) | null {
  return useSyncExternalStore(subscribeUnsaved, pendingLeaveRequest);
}
