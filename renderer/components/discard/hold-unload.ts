/**
 * Cancels the page's unload (closing the window or the tab, reloading) while installed. A browser then asks its
 * own question; the desktop app gets `will-prevent-unload` and asks in French (main/electron/close-guard.ts),
 * so the same guard serves both. Returns the function that removes it.
 */
export function holdUnload(target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>): () => void {
  const onBeforeUnload = (event: Event) => event.preventDefault();
  target.addEventListener('beforeunload', onBeforeUnload);
  return () => target.removeEventListener('beforeunload', onBeforeUnload);
}
