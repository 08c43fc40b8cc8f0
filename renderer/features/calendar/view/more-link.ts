import type { MoreLinkMountArg } from '@fullcalendar/core';

/** The day a "+N" link stands for, as FullCalendar marks its cell (month cell, time-grid column, all-day cell). */
export function moreLinkDay(link: HTMLElement): string | null {
  return link.closest<HTMLElement>('[data-date]')?.dataset.date?.slice(0, 10) ?? null;
}

/** The N of "+N", read from the link's text (FullCalendar redraws the text when N changes). */
function hiddenCount(link: HTMLElement): number {
  const match = /\d+/.exec(link.textContent ?? '');
  return match ? Number(match[0]) : 0;
}

/** Builds the link's name from the count and the day, in the language shown now. */
export type MoreLinkNamer = (count: number, day: string) => string;

const observers = new WeakMap<HTMLElement, MutationObserver>();

/**
 * FullCalendar's "+N" link is an `<a>` without address that carries `aria-expanded`: a role-less element with
 * an attribute only buttons and the like may have (axe: aria-allowed-attr, critical). It opens a dialog, so it
 * is a button that says so, and its name says which day it is for ("+3 autres activités le mardi 8 décembre"),
 * not only "+3 autres". FullCalendar keeps the element when N changes and passes no date to its content hook, so
 * the name is worked out from the cell's date and the text, again whenever the text changes. `name` is read at
 * each change (a ref's current function): a change of language renames the link.
 */
export function markMoreLink(arg: MoreLinkMountArg, name: () => MoreLinkNamer): void {
  const link = arg.el;
  link.setAttribute('role', 'button');
  link.setAttribute('aria-haspopup', 'dialog');
  const rename = () => {
    const day = moreLinkDay(link);
    if (day) link.setAttribute('aria-label', name()(hiddenCount(link), day));
  };
  rename();
  const observer = new MutationObserver(rename);
  observer.observe(link, { childList: true, characterData: true, subtree: true });
  observers.set(link, observer);
}

export function unmarkMoreLink(arg: MoreLinkMountArg): void {
  observers.get(arg.el)?.disconnect();
  observers.delete(arg.el);
}
