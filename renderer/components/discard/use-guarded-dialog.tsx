import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { DiscardContext, type DiscardContextValue } from './discard-context';
import { useDiscardGuard } from './use-discard-guard';
import { useDialogFocusReturn } from './focus-return';

interface GuardedDialogOptions {
  opened: boolean;
  onClose(): void;
  dirty: boolean;
  closeOnEscape?: boolean;
}

/**
 * What `AppModal` and `AppDrawer` share: every way out (Esc, the close button, a click outside, the form's
 * *Annuler*) goes through the discard guard, and focus returns to what opened the dialog.
 */
export function useGuardedDialog({ opened, onClose, dirty, closeOnEscape = true }: GuardedDialogOptions) {
  const [childDirty, setChildDirty] = useState(false);
  const guard = useDiscardGuard(opened && (dirty || childDirty));
  const focusProps = useDialogFocusReturn(opened);
  const { ask } = guard;
  const requestClose = useCallback(() => ask(onClose), [ask, onClose]);
  const context = useMemo<DiscardContextValue>(() => ({ ask, reportDirty: setChildDirty }), [ask]);
  return {
    dialogProps: {
      ...focusProps,
      opened,
      onClose: requestClose,
      // While the question is asked, Esc reaches the form's dialog too: the guard ignores it (the question answers).
      closeOnEscape,
    },
    wrap: (children: ReactNode) => <DiscardContext.Provider value={context}>{children}</DiscardContext.Provider>,
    // Rendered beside the dialog, not inside: React would bubble the question's events into the form's dialog.
    prompt: guard.prompt,
  };
}
