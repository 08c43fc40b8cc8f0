import { useCallback, useEffect, useRef, useState } from 'react';
import { transport } from '../../../../api/client';

/** The keys that move between tabs (Mantine's tabs activate the tab they move to). */
const TAB_KEYS = ['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'];

/**
 * Asks before unsaved changes are lost. The app runs under a HashRouter (no navigation blocker), so the
 * guard catches what leaves the editor: the editor's own "back" (through `ask`), a click on a link or a tab
 * outside the element marked `data-leave-guard` (the section's menu, the page's other tabs, also moved to
 * with the arrow keys), and closing or reloading a browser tab (the browser's own question). Once confirmed,
 * the caught click or key is replayed.
 */
export function useLeaveGuard(dirty: boolean) {
  const [pending, setPending] = useState<(() => void) | null>(null);
  const replaying = useRef(false);

  useEffect(() => {
    if (!dirty) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
    };
    const onClick = (event: MouseEvent) => {
      if (replaying.current || !(event.target instanceof Element)) return;
      const target = event.target.closest('a[href], [role="tab"]');
      if (!(target instanceof HTMLElement) || target.closest('[data-leave-guard]')) return;
      if (target instanceof HTMLAnchorElement && (target.target === '_blank' || target.hasAttribute('download'))) return;
      if (target.getAttribute('aria-selected') === 'true') return;
      event.preventDefault();
      event.stopPropagation();
      setPending(() => () => {
        replaying.current = true;
        target.click();
        replaying.current = false;
      });
    };
    // The page's tabs also change with the arrow keys: the key is held back, then replayed once confirmed.
    const onKeyDown = (event: KeyboardEvent) => {
      if (replaying.current || !TAB_KEYS.includes(event.key) || !(event.target instanceof HTMLElement)) return;
      const tab = event.target.closest('[role="tab"]');
      if (!(tab instanceof HTMLElement) || tab.closest('[data-leave-guard]')) return;
      event.preventDefault();
      event.stopPropagation();
      const { key } = event;
      setPending(() => () => {
        replaying.current = true;
        tab.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
        replaying.current = false;
      });
    };
    // Only in a browser tab: Electron would silently refuse to close the window (it shows no question).
    if (transport !== 'electron') window.addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      window.removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [dirty]);

  /** Runs `leave` at once when nothing is unsaved, else after the user confirms. */
  const ask = useCallback((leave: () => void) => (dirty ? setPending(() => leave) : leave()), [dirty]);
  const confirm = () => {
    const leave = pending;
    setPending(null);
    leave?.();
  };
  return { ask, asking: pending !== null, confirm, cancel: () => setPending(null) };
}
