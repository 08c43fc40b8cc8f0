import { forwardRef, useCallback, useEffect, useId, useImperativeHandle, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { CloseButton, Group, Paper, Title, UnstyledButton } from '@mantine/core';
import type { EventApi } from '@fullcalendar/core';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import type { Language } from '../../../i18n/language';
import { loanHref } from '../../loans/links';
import { schoolEventOf } from '../model/calendar-inputs';
import { eventSummary } from '../model/event-text';
import { formatDay } from '../model/format-day';
import { loanOf, loanSummaryText } from '../model/loan-events';
import { shortTime } from '../model/local-datetime';

/** What a "+N" link asks to show: the link (the dialog follows it), its day and that day's events. */
export interface MoreEventsRequest {
  link: HTMLElement;
  day: string;
  events: EventApi[];
}

export interface MoreEventsHandle {
  open(request: MoreEventsRequest): void;
}

interface MoreEventsDialogProps {
  language: Language;
  onOpenEvent(event: SchoolEvent): void;
}

/** Space kept between the dialog and the window's edges, and between the link and the dialog. */
const MARGIN = 8;

interface Opened extends MoreEventsRequest {
  /** The element the dialog is drawn in: inserted right after the link, so its events follow it in tab order. */
  host: HTMLElement;
}

/** Pointer presses inside the dialog are the dialog's: FullCalendar, around it, would start a slot selection. */
function keepPointerInside(host: HTMLElement): void {
  for (const type of ['mousedown', 'pointerdown', 'touchstart']) host.addEventListener(type, (event) => event.stopPropagation());
}

function place(dialog: HTMLElement, link: HTMLElement): void {
  const anchor = link.getBoundingClientRect();
  const { width, height } = dialog.getBoundingClientRect();
  const below = anchor.bottom + MARGIN / 2;
  const top = below + height <= window.innerHeight - MARGIN ? below : Math.max(MARGIN, anchor.top - height - MARGIN / 2);
  const left = Math.max(MARGIN, Math.min(anchor.left, window.innerWidth - width - MARGIN));
  dialog.style.top = `${Math.round(top)}px`;
  dialog.style.left = `${Math.round(left)}px`;
}

/**
 * The day's events behind a "+N" link, in place of FullCalendar's popover. FullCalendar's own (v6) cannot be made
 * accessible through its options: it is drawn at the end of the view (its events come after the whole grid in
 * the tab order), has no dialog role, its close "button" is an unfocusable icon, and focus neither enters it
 * nor comes back. This one is a non-modal dialog named by its date, drawn right after the link: focus moves to
 * its first event when it opens, Tab goes on from the last event to what follows the link, Esc or « Fermer »
 * closes it and puts focus back on the link; a press outside it or focus leaving it closes it too.
 */
export const MoreEventsDialog = forwardRef<MoreEventsHandle, MoreEventsDialogProps>(function MoreEventsDialog({ language, onOpenEvent }, ref) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<Opened | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const titleId = useId();
  const dialogId = useId();

  // The dialog shown, also in a ref: closing has effects on the page (host removed, focus moved) that must run
  // once, outside React's state updaters.
  const openedRef = useRef<Opened | null>(null);
  const show = useCallback((next: Opened | null) => {
    const current = openedRef.current;
    if (current) {
      current.host.remove();
      current.link.setAttribute('aria-expanded', 'false');
      current.link.setAttribute('aria-controls', '');
    }
    openedRef.current = next;
    setOpened(next);
  }, []);

  const close = useCallback(
    (returnFocus: boolean) => {
      const current = openedRef.current;
      if (!current) return;
      show(null);
      if (returnFocus && current.link.isConnected) current.link.focus();
    },
    [show],
  );

  useImperativeHandle(
    ref,
    () => ({
      open(request) {
        // The link of the open dialog, pressed again: it closes (the link says it is expanded).
        if (openedRef.current?.link === request.link) return close(true);
        const host = document.createElement('div');
        host.className = 'pa-more-host';
        keepPointerInside(host);
        show(null);
        request.link.after(host);
        request.link.setAttribute('aria-expanded', 'true');
        request.link.setAttribute('aria-controls', dialogId);
        show({ ...request, host });
      },
    }),
    [dialogId, show, close],
  );

  // Closed with the calendar (another page): its host goes with it.
  useEffect(() => () => openedRef.current?.host.remove(), []);

  // Placed beside its link before it is painted, then focus on its first event (or on itself when it has none).
  useLayoutEffect(() => {
    const dialog = dialogRef.current;
    if (!opened || !dialog) return;
    place(dialog, opened.link);
    (dialog.querySelector<HTMLElement>('.pa-more-dialog__item') ?? dialog).focus();
  }, [opened]);

  useEffect(() => {
    if (!opened) return;
    const follow = () => {
      // FullCalendar redrew the day (new events, a new period): the link this dialog belonged to is gone.
      if (!opened.link.isConnected) return close(false);
      if (dialogRef.current) place(dialogRef.current, opened.link);
    };
    const pressOutside = (event: Event) => {
      const target = event.target as Node | null;
      if (target && !opened.host.contains(target) && !opened.link.contains(target)) close(false);
    };
    const escapeAnywhere = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && (document.activeElement === document.body || opened.host.contains(document.activeElement))) close(true);
    };
    window.addEventListener('resize', follow);
    window.addEventListener('scroll', follow, true);
    document.addEventListener('mousedown', pressOutside);
    document.addEventListener('keydown', escapeAnywhere);
    return () => {
      window.removeEventListener('resize', follow);
      window.removeEventListener('scroll', follow, true);
      document.removeEventListener('mousedown', pressOutside);
      document.removeEventListener('keydown', escapeAnywhere);
    };
  }, [opened, close]);

  if (!opened) return null;

  const openEvent = (event: SchoolEvent) => {
    // Focus on the link first: the detail drawer gives focus back to what had it when it opened.
    opened.link.focus();
    close(false);
    onOpenEvent(event);
  };
  const title = formatDay(opened.day, language);

  return createPortal(
    <Paper
      ref={dialogRef}
      id={dialogId}
      role="dialog"
      aria-labelledby={titleId}
      tabIndex={-1}
      withBorder
      shadow="md"
      p="xs"
      className="pa-more-dialog"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.stopPropagation();
        close(true);
      }}
      onBlur={(event) => {
        const next = event.relatedTarget;
        if (next instanceof Node && !event.currentTarget.contains(next)) close(false);
      }}
    >
      <Group justify="space-between" wrap="nowrap" gap="xs" mb={4}>
        <Title order={3} id={titleId} fz="sm" fw={600}>
          {title.charAt(0).toLocaleUpperCase() + title.slice(1)}
        </Title>
        <CloseButton size="sm" aria-label={t('calendar:view.close')} title={t('calendar:view.close')} onClick={() => close(true)} />
      </Group>
      <ul className="pa-more-dialog__list">
        {opened.events.map((item) => (
          <li key={item.id || item.title}>
            <MoreEventsItem item={item} language={language} onOpen={openEvent} />
          </li>
        ))}
      </ul>
    </Paper>,
    opened.host,
  );
});

interface MoreEventsItemProps {
  item: EventApi;
  language: Language;
  onOpen(event: SchoolEvent): void;
}

/** One event of the day: a button opening its detail, a loan as a link to the loan (as in the grid). */
function MoreEventsItem({ item, language, onOpen }: MoreEventsItemProps) {
  const { t } = useTranslation();
  const loan = loanOf(item.extendedProps);
  const colour = item.borderColor || item.backgroundColor;
  if (loan) {
    return (
      <a className="pa-more-dialog__item" href={loanHref(loan.id)} aria-label={loanSummaryText(t, loan, language)}>
        <span className="pa-more-dialog__dot" style={{ borderColor: colour }} aria-hidden="true" />
        <span className="pa-more-dialog__title">{item.title}</span>
      </a>
    );
  }
  const event = schoolEventOf(item.extendedProps);
  if (!event) return null;
  return (
    <UnstyledButton className={`pa-more-dialog__item pa-event--${event.status}`} aria-label={eventSummary(t, event, language)} onClick={() => onOpen(event)}>
      <span className="pa-more-dialog__dot" style={{ borderColor: colour }} aria-hidden="true" />
      <span className="pa-more-dialog__time">{shortTime(event.start)}</span>
      <span className="pa-more-dialog__title">{event.title}</span>
    </UnstyledButton>
  );
}
