import { useEffect, useRef } from 'react';
import { DiscardPrompt } from './DiscardPrompt';
import { holdUnload } from './hold-unload';
import { answerLeave, askBeforeLeaving, useHasUnsavedChanges, usePendingLeave } from './unsaved-changes';

/** The keys that move between tabs (Mantine's tabs activate the tab they move to). */
const TAB_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/** A click or key that leaves what is on screen: a link or a tab outside the form's own area (`data-leave-guard`). */
function leavingTarget(target: EventTarget | null, selector: string): HTMLElement | null {
  if (!(target instanceof Element)) return null;
  const found = target.closest(selector);
  if (!(found instanceof HTMLElement) || found.closest('[data-leave-guard]')) return null;
  if (found instanceof HTMLAnchorElement && (found.target === '_blank' || found.hasAttribute('download'))) return null;
  if (found.getAttribute('aria-selected') === 'true' || found.getAttribute('aria-current') === 'page') return null;
  return found;
}

/**
 * Asks before leaving the page while a form holds unsaved typing (mounted once, in the shell). The app runs
 * under a HashRouter, which has no navigation blocker, so the guard catches what leaves: a click on a link or a
 * tab (the section menu, a page's tabs, a link in a list), the arrow keys moving between tabs, signing out by
 * hand (`askBeforeLeaving`), and closing or reloading the tab or the desktop window (`holdUnload`: the browser's
 * own question, or the desktop app's « Quitter sans enregistrer ? », main/electron/close-guard.ts). Once the user
 * chose "Abandonner", the caught click or key is replayed. The idle sign-out is a security rule: it never asks.
 */
export function LeaveGuard() {
  const unsaved = useHasUnsavedChanges();
  const pending = usePendingLeave();
  const replaying = useRef(false);

  useEffect(() => {
    if (!unsaved) return;
    const replay = (action: () => void) => () => {
      replaying.current = true;
      try {
        action();
      } finally {
        replaying.current = false;
      }
    };
    const onClick = (event: MouseEvent) => {
      if (replaying.current) return;
      const target = leavingTarget(event.target, 'a[href], [role="tab"]');
      // A dialog's own tabs stay inside it; its links do leave.
      if (!target || (target.getAttribute('role') === 'tab' && target.closest('[role="dialog"]'))) return;
      event.preventDefault();
      event.stopPropagation();
      askBeforeLeaving(replay(() => target.click()));
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (replaying.current || !TAB_KEYS.includes(event.key)) return;
      const tab = leavingTarget(event.target, '[role="tab"]');
      if (!tab || tab.closest('[role="dialog"]')) return;
      event.preventDefault();
      event.stopPropagation();
      const { key } = event;
      askBeforeLeaving(replay(() => tab.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }))));
    };
    // In Electron too: the main process turns the refusal into its own question (will-prevent-unload).
    const releaseUnload = holdUnload(window);
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      releaseUnload();
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [unsaved]);

  return <DiscardPrompt opened={pending !== null} onKeep={() => answerLeave(false)} onDiscard={() => answerLeave(true)} />;
}
