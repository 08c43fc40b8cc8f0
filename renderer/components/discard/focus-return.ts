import { useEffect, useId, useRef } from 'react';
import { chooseFocusTarget } from './focus-target';

/**
 * Focus goes back to what opened a modal or drawer, even when dialogs replace each other.
 *
 * Why Mantine's own `returnFocus` fails there: each dialog remembers `document.activeElement` when it opens
 * and focuses it again when it closes, only if focus is then on the body. When a drawer's "Modifier" closes
 * the drawer and opens an edit modal in the same render, the modal remembers the drawer's button, which is
 * gone once the drawer has closed: closing the modal focuses a detached element and focus falls to the body.
 * And an opener inside a menu (a row's "…" menu) is gone as soon as the menu closes.
 *
 * Here each open dialog keeps a chain of openers: its own, then the chain of the dialog its opener was in (or
 * of the dialog that just closed, when it opened with focus nowhere). On close, the first opener still shown
 * wins; when another dialog stays open on top, only an opener inside it counts, else its first control; with
 * no dialog left and no opener, the page's heading.
 */
const FOCUS_KEY = 'data-focus-key';
const openChains = new Map<string, HTMLElement[]>();
let lastClosedChain: HTMLElement[] = [];
/**
 * Chains of dialogs closed in the render that opened another: a unit's sheet hides itself while its placement
 * form is shown, so the sheet closes in the very render the form opens from its button, and the form's chain
 * still reaches what opened the sheet.
 */
const justClosedChains = new Map<string, HTMLElement[]>();
/**
 * A dialog reopening as another closes (that sheet, shown again when the form closes) redraws its content: the
 * form's opener inside it is a new element, drawn after the form's close. Focus goes back there when the sheet's
 * own opening focus comes, rather than racing it.
 */
const reopenedWith = new Map<string, HTMLElement[]>();

function rootOf(key: string): HTMLElement | null {
  return document.querySelector<HTMLElement>(`[${FOCUS_KEY}="${CSS.escape(key)}"]`);
}

/**
 * A menu item vanishes with its menu: its menu's button is what the user used. Mantine names the menu after its
 * button (aria-labelledby), which still holds once the menu has closed; aria-controls only while it is open.
 */
function lastingOpener(element: HTMLElement): HTMLElement {
  const menu = element.closest<HTMLElement>('[role="menu"]');
  if (!menu) return element;
  const byLabel = menu.getAttribute('aria-labelledby');
  const button = (byLabel ? document.getElementById(byLabel) : null) ?? (menu.id ? document.querySelector<HTMLElement>(`[aria-controls="${CSS.escape(menu.id)}"]`) : null);
  return button ?? element;
}

/**
 * The last element that had focus: a menu item chosen by Enter is gone (its menu closed) before the dialog it
 * opens remembers its opener, leaving focus on the body for that moment; its menu's button is then the opener.
 */
let lastFocused: HTMLElement | null = null;
let lastFocusWatched = false;

function watchLastFocus() {
  if (lastFocusWatched) return;
  lastFocusWatched = true;
  document.addEventListener('focusin', (event) => {
    if (event.target instanceof HTMLElement) lastFocused = event.target;
  });
}

function rememberOpener(key: string) {
  const focused = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null;
  // Only a vanished menu item stands in for the focus: a dialog's own button gone with it (a form replaced by its
  // record's sheet) leaves the closed dialog's chain to apply, below.
  const goneMenuItem = lastFocused && !lastFocused.isConnected && lastFocused.closest('[role="menu"]') ? lastFocused : null;
  const active = focused ?? goneMenuItem;
  const opener = active ? lastingOpener(active) : null;
  const parentKey = opener?.closest(`[${FOCUS_KEY}]`)?.getAttribute(FOCUS_KEY);
  const before = parentKey ? (openChains.get(parentKey) ?? justClosedChains.get(parentKey) ?? []) : opener ? [] : lastClosedChain;
  openChains.set(key, opener ? [opener, ...before] : [...before]);
  if (!opener && lastClosedChain.length > 0) reopenedWith.set(key, lastClosedChain);
}

function isShown(element: HTMLElement): boolean {
  return element.isConnected && element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"], [inert]');
}

const TABBABLE = 'button:not([disabled]), [href], input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

/** The first control of a dialog, its close button only when it has nothing else. */
function firstControl(root: HTMLElement): HTMLElement | null {
  const controls = [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(isShown);
  return controls.find((control) => !control.closest('.mantine-Modal-header, .mantine-Drawer-header')) ?? controls[0] ?? null;
}

function pageHeading(): HTMLElement | null {
  const main = document.getElementById('main-content');
  const heading = main?.querySelector<HTMLElement>('h1, h2') ?? null;
  if (heading) {
    if (!heading.hasAttribute('tabindex')) heading.setAttribute('tabindex', '-1');
    return heading;
  }
  return main;
}

function nameOf(element: HTMLElement): string {
  return `${element.getAttribute('aria-label') ?? ''}|${(element.textContent ?? '').trim()}`;
}

/**
 * An opener React has since re-created (its list re-rendered while the dialog was open: "Placer un ménage" in a
 * unit's sheet) is detached but still holds its name: the one shown element of the same kind and name stands in.
 */
function stillThere(element: HTMLElement, scope: ParentNode = document): HTMLElement {
  if (element.isConnected) return element;
  const name = nameOf(element);
  const twins = [...scope.querySelectorAll<HTMLElement>(element.tagName)].filter((other) => isShown(other) && nameOf(other) === name);
  return twins.length === 1 ? twins[0]! : element;
}

function restoreFocus(key: string) {
  const chain = openChains.get(key) ?? [];
  openChains.delete(key);
  lastClosedChain = chain;
  justClosedChains.set(key, chain);
  // After the render that closed it, so a dialog opened in its place is already there.
  window.setTimeout(() => {
    justClosedChains.delete(key);
    const closing = rootOf(key);
    const active = document.activeElement;
    // Focus already somewhere real (a dialog opened in its place took it): leave it.
    if (active instanceof HTMLElement && active !== document.body && active.isConnected && !closing?.contains(active)) return;
    const topKey = [...openChains.keys()].filter((other) => rootOf(other)).at(-1);
    const top = topKey ? rootOf(topKey) : null;
    const choice = chooseFocusTarget(
      chain.map((element) => stillThere(element)).map((element) => ({ element, usable: isShown(element) && !closing?.contains(element), insideOpenDialog: top?.contains(element) ?? false })),
      top !== null,
    );
    // A dialog reopening in its place, its content not drawn yet, takes focus back to the opener when it is.
    if (choice.kind !== 'opener' && [...freshDialogs].some((fresh) => reopenedWith.has(fresh))) return;
    const target = choice.kind === 'opener' ? choice.element.element : choice.kind === 'openDialog' && top ? firstControl(top) : pageHeading();
    target?.focus({ preventScroll: false });
  }, 0);
}

/**
 * Where a dialog opens: Mantine focuses its first control, which is the header's *Fermer* unless the dialog
 * marks a field `data-autofocus` — a form opening on *Fermer* makes the user Tab past it first, and a screen
 * reader announces "Fermer" rather than what the dialog is. So when the dialog's first focus lands on the close
 * button, it moves to the first field of the dialog's form, or, with no form (a detail drawer), to the dialog's
 * title: read first, and Tab goes on from there. That target (or a field React's autoFocus chose first) is also
 * marked `data-autofocus`, which Mantine's own repeated opening focus then picks; a user who later Tabs (or a
 * screen reader's cursor moves) to *Fermer* stays there.
 */
const freshDialogs = new Set<string>();
let openingFocusWatched = false;

function openingTarget(root: HTMLElement): HTMLElement | null {
  const form = root.querySelector('form');
  const field = form ? ([...form.querySelectorAll<HTMLElement>(TABBABLE)].find(isShown) ?? null) : null;
  if (field) return field;
  const title = root.querySelector<HTMLElement>('.mantine-Modal-title, .mantine-Drawer-title');
  if (!title || !isShown(title)) return null;
  if (!title.hasAttribute('tabindex')) title.setAttribute('tabindex', '-1');
  return title;
}

function onOpeningFocus(event: FocusEvent) {
  const target = event.target;
  if (!(target instanceof HTMLElement)) return;
  const root = target.closest<HTMLElement>(`[${FOCUS_KEY}]`);
  const key = root?.getAttribute(FOCUS_KEY);
  if (!root || !key || !freshDialogs.delete(key)) return;
  const back = reopenedWith.get(key);
  reopenedWith.delete(key);
  const returning = back?.map((element) => stillThere(element, root)).find((element) => root.contains(element) && isShown(element));
  if (returning) {
    // Marked too: Mantine's focus trap may focus the dialog's first control after this, and takes a marked one.
    if (!root.querySelector('[data-autofocus]')) returning.setAttribute('data-autofocus', '');
    returning.focus();
    return;
  }
  const onClose = target.closest('.mantine-Modal-close, .mantine-Drawer-close') !== null;
  // A field focused by React's autoFocus is kept: marked, so Mantine's next opening focus does not take it to Fermer.
  const chosen = onClose ? openingTarget(root) : target;
  if (!chosen) return;
  if (!root.querySelector('[data-autofocus]')) chosen.setAttribute('data-autofocus', '');
  if (onClose) chosen.focus();
}

function watchOpeningFocus(key: string) {
  freshDialogs.add(key);
  if (openingFocusWatched) return;
  openingFocusWatched = true;
  document.addEventListener('focusin', onOpeningFocus);
}

/**
 * Gives a modal or drawer the focus return and the opening focus above. Spread the returned props on Mantine's Modal or Drawer
 * (they turn Mantine's own return off and mark the dialog's root).
 */
export function useDialogFocusReturn(opened: boolean): { returnFocus: false; [FOCUS_KEY]: string } {
  const key = useId();
  const wasOpen = useRef(false);
  watchLastFocus();
  // Layout effect timing is not needed: focus has not moved into the dialog before its first effect runs.
  useEffect(() => {
    if (opened && !wasOpen.current) {
      rememberOpener(key);
      watchOpeningFocus(key);
    }
    if (!opened && wasOpen.current) {
      freshDialogs.delete(key);
      reopenedWith.delete(key);
      restoreFocus(key);
    }
    wasOpen.current = opened;
  }, [opened, key]);
  useEffect(
    () => () => {
      freshDialogs.delete(key);
      reopenedWith.delete(key);
      if (wasOpen.current) restoreFocus(key);
    },
    [key],
  );
  return { returnFocus: false, [FOCUS_KEY]: key };
}
