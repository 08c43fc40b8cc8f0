import { createContext, useContext, useEffect } from 'react';
import { useUnsavedChanges } from './unsaved-changes';

/**
 * What a guarded modal or drawer offers the form inside it: `ask` (the form's *Annuler* goes through it, see
 * `FormButtons`) and `reportDirty`, for a form that lives in a child component of the dialog.
 */
export interface DiscardContextValue {
  ask(leave: () => void): void;
  reportDirty(dirty: boolean): void;
}

export const DiscardContext = createContext<DiscardContextValue | null>(null);

/** `leave` through the surrounding dialog's guard, or `leave` itself outside any guarded dialog. */
export function useGuardedCancel(leave: () => void): () => void {
  const context = useContext(DiscardContext);
  return context ? () => context.ask(leave) : leave;
}

/**
 * For a form rendered inside an `AppModal`/`AppDrawer` by a child component: tells the dialog whether it holds
 * unsaved typing (the same as passing `dirty` to the dialog). A form on a page (no dialog around it) is
 * registered for the window instead, so leaving the section, signing out or closing the tab asks.
 */
export function useFormDirty(dirty: boolean) {
  const context = useContext(DiscardContext);
  const report = context?.reportDirty;
  useUnsavedChanges(!report && dirty);
  useEffect(() => {
    report?.(dirty);
    return () => report?.(false);
  }, [report, dirty]);
}
