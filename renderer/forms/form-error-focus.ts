/**
 * Every form's refused submit, in one place: focus moves to the first field in error and a summary naming each
 * field and its error is announced (role=alert), so a keyboard or screen-reader user is not left on the submit
 * button while the errors are only painted in red.
 *
 * Why one listener on the document rather than code in each form: every form already marks its fields the same
 * way (Mantine puts `aria-invalid` on a field in error and shows its message under it), whether the error comes
 * from the form's own validation at submit or from the server a moment later. Reading that after a submit
 * covers every form, present and future, without a line in any of them.
 *
 * A form that shows its own summary (`FormErrorSummary`, marked `data-form-error-summary`) keeps it; the others
 * get a visually hidden one as their first child, inside the form so that it is announced even inside a modal
 * dialog (screen readers ignore live regions outside an aria-modal dialog).
 */

export const OWN_SUMMARY_ATTRIBUTE = 'data-form-error-summary';
const ANNOUNCER_ATTRIBUTE = 'data-form-error-announcer';

export interface FieldError {
  label: string;
  message: string;
}

/** What the announcer says, from the fields in error (their labels and messages). */
export type SummaryWording = (errors: readonly FieldError[]) => string;

const FIELD = 'input:not([type="hidden"]), select, textarea, button, [tabindex]';

function isShown(element: Element): boolean {
  return element.isConnected && element.getClientRects().length > 0 && !element.closest('[aria-hidden="true"], [inert]');
}

function textWithoutHidden(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** The error message elements of the form: Mantine's (`…-error` ids, referenced or inside a field's wrapper). */
function errorElementsOf(form: HTMLFormElement): HTMLElement[] {
  return [...form.querySelectorAll<HTMLElement>('[class*="-error"][id$="-error"], .mantine-InputWrapper-error')].filter(
    (element) => isShown(element) && textWithoutHidden(element) !== '',
  );
}

/**
 * The fields in error, in the page's order: those marked `aria-invalid`, and the first control of any wrapper
 * that shows an error but marks nothing (a radio group, a checkbox group).
 */
export function invalidFieldsOf(form: HTMLFormElement): HTMLElement[] {
  const marked = [...form.querySelectorAll<HTMLElement>('[aria-invalid="true"]')].filter(isShown);
  const unmarked = errorElementsOf(form)
    .map((error) => {
      const wrapper = error.closest<HTMLElement>('.mantine-InputWrapper-root, fieldset') ?? error.parentElement;
      const fields = wrapper ? [...wrapper.querySelectorAll<HTMLElement>(FIELD)].filter(isShown) : [];
      return fields.some((field) => marked.includes(field)) ? null : (fields[0] ?? null);
    })
    .filter((field): field is HTMLElement => field !== null);
  const all = [...new Set([...marked, ...unmarked])];
  return all.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

function labelOf(field: HTMLElement): string {
  const labelledBy = field.getAttribute('aria-labelledby');
  const byId = labelledBy
    ?.split(/\s+/)
    .map((id) => document.getElementById(id))
    .filter((element): element is HTMLElement => element !== null);
  if (byId?.length) return byId.map(textWithoutHidden).join(' ');
  const labels = (field as HTMLInputElement).labels;
  if (labels?.[0]) return textWithoutHidden(labels[0]);
  const wrapperLabel = field.closest('.mantine-InputWrapper-root, fieldset')?.querySelector('label, legend');
  if (wrapperLabel) return textWithoutHidden(wrapperLabel);
  return field.getAttribute('aria-label') ?? '';
}

function messageOf(field: HTMLElement): string {
  const described = (field.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter((id) => id.endsWith('-error'))
    .map((id) => document.getElementById(id))
    .find((element): element is HTMLElement => element !== null);
  const error = described ?? field.closest('.mantine-InputWrapper-root, fieldset')?.querySelector<HTMLElement>('[id$="-error"], .mantine-InputWrapper-error');
  return error ? textWithoutHidden(error) : '';
}

export function fieldErrorsOf(fields: readonly HTMLElement[]): FieldError[] {
  return fields.map((field) => ({ label: labelOf(field), message: messageOf(field) })).filter((error) => error.label !== '' || error.message !== '');
}

function announcerOf(form: HTMLFormElement): HTMLElement {
  const existing = form.querySelector<HTMLElement>(`:scope > [${ANNOUNCER_ATTRIBUTE}]`);
  if (existing) return existing;
  const region = document.createElement('div');
  region.setAttribute(ANNOUNCER_ATTRIBUTE, '');
  region.setAttribute('role', 'alert');
  // Visually hidden, still read: the fields already show their messages on screen.
  Object.assign(region.style, {
    position: 'absolute',
    width: '1px',
    height: '1px',
    margin: '-1px',
    padding: '0',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
    border: '0',
  });
  form.prepend(region);
  return region;
}

function clearAnnouncer(form: HTMLFormElement) {
  form.querySelector(`:scope > [${ANNOUNCER_ATTRIBUTE}]`)?.replaceChildren();
}

/**
 * The form says what is wrong itself: a `FormErrorSummary`, or any alert of its own on screen (a refused
 * return's "1 élément endommagé ou manquant n'a pas de note"). A second alert would be read twice.
 */
function hasOwnAlert(form: HTMLFormElement): boolean {
  if (form.querySelector(`[${OWN_SUMMARY_ATTRIBUTE}]`)) return true;
  return [...form.querySelectorAll('[role="alert"]')].some((alert) => !alert.hasAttribute(ANNOUNCER_ATTRIBUTE) && isShown(alert));
}

function announce(form: HTMLFormElement, errors: readonly FieldError[], wording: SummaryWording) {
  if (hasOwnAlert(form)) {
    form.querySelector(`:scope > [${ANNOUNCER_ATTRIBUTE}]`)?.remove();
    return;
  }
  const region = announcerOf(form);
  const text = document.createElement('p');
  text.textContent = wording(errors);
  // A new node each time: the same errors after a second refused submit are read again.
  region.replaceChildren(text);
}

/** Focus the first field in error and announce the summary; false when the form shows no error. */
export function reportFormErrors(form: HTMLFormElement, wording: SummaryWording): boolean {
  const fields = invalidFieldsOf(form);
  if (fields.length === 0) return false;
  announce(form, fieldErrorsOf(fields), wording);
  const active = document.activeElement;
  if (!(active instanceof HTMLElement && fields.includes(active))) fields[0]!.focus();
  return true;
}

/**
 * Watches every form's submits from now on; returns the function that stops watching. After a submit, the
 * errors its render shows (the form's own validation) are reported at once; errors that come later (the
 * server's answer) are reported when they appear, until the user types in the form again (errors shown while
 * typing, on blur, must not pull focus away).
 */
export function watchFormErrors(wording: SummaryWording): () => void {
  const watching = new Map<HTMLFormElement, () => void>();

  const stop = (form: HTMLFormElement) => {
    watching.get(form)?.();
    watching.delete(form);
  };

  const onSubmit = (event: Event) => {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) return;
    stop(form);
    clearAnnouncer(form);
    const observer = new MutationObserver(() => {
      if (!form.isConnected) stop(form);
      else if (reportFormErrors(form, wording)) stop(form);
    });
    const onInput = () => stop(form);
    // After the render the submit caused (React commits it before the next task).
    const first = window.setTimeout(() => {
      if (reportFormErrors(form, wording)) stop(form);
    }, 0);
    observer.observe(form, { subtree: true, attributes: true, attributeFilter: ['aria-invalid'], childList: true });
    form.addEventListener('input', onInput);
    watching.set(form, () => {
      window.clearTimeout(first);
      observer.disconnect();
      form.removeEventListener('input', onInput);
    });
  };

  document.addEventListener('submit', onSubmit, true);
  return () => {
    document.removeEventListener('submit', onSubmit, true);
    for (const form of [...watching.keys()]) stop(form);
  };
}
