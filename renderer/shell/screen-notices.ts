import { useEffect, useRef } from 'react';
import { hideScreenNotices, hideSessionMessages } from '../forms/notify';

/** The section an address belongs to: its first segment (`/housing?tab=waitlist` → `housing`). */
export function sectionOf(pathname: string): string {
  return pathname.split('/')[1] ?? '';
}

/**
 * Messages belong to their screen (issue 17): opening another section hides the messages about the last one's
 * actions (tabs and sheets within a section keep them, so an "Annuler" stays usable there), and another user's
 * session, begun without the sign-in screen, starts with none.
 */
export function useScreenNotices(pathname: string, userId: number): void {
  const section = sectionOf(pathname);
  const last = useRef({ section, userId });
  useEffect(() => {
    const before = last.current;
    last.current = { section, userId };
    if (before.userId !== userId) hideSessionMessages();
    else if (before.section !== section) hideScreenNotices();
  }, [section, userId]);
}
