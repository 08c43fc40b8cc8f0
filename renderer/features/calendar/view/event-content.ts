import type { EventContentArg } from '@fullcalendar/core';
import type { TFunction } from 'i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import type { Language } from '../../../i18n/language';
import type { LoanSummary } from '../../../../shared/domain/loans/loans';
import { schoolEventOf } from '../model/calendar-inputs';
import { loanOf, loanSummaryText } from '../model/loan-events';
import { loanHref } from '../../loans/links';
import { eventSummary, timeRange } from '../model/event-text';
import { shortTime, toLocalDateTime } from '../model/local-datetime';

/** The status as a symbol beside the time; the words are in the screen reader's summary. */
const STATUS_MARKS: Record<SchoolEvent['status'], string> = { planned: '', confirmed: '', held: '✓', cancelled: '✕' };

function element(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function hiddenSummary(text: string): HTMLElement {
  return element('span', 'pa-sr-only', text);
}

function participants(event: SchoolEvent): string {
  const classes = event.classes.map((item) => item.name).join(', ');
  return classes ? `${event.schoolName} · ${classes}` : event.schoolName;
}

/** Where the event is drawn now: during a drag the mirror shows the new times, not the saved ones. */
interface Drawn {
  start: string;
  end: string;
}

function drawnTimes(arg: EventContentArg, event: SchoolEvent): Drawn {
  return {
    start: arg.event.start ? toLocalDateTime(arg.event.start) : event.start,
    end: arg.event.end ? toLocalDateTime(arg.event.end) : event.end,
  };
}

function timeGridContent(event: SchoolEvent, drawn: Drawn, summary: string, language: Language): Node[] {
  const visual = element('div', 'pa-ev');
  visual.setAttribute('aria-hidden', 'true');
  visual.title = summary;
  const time = element('div', 'pa-ev__time', timeRange(drawn.start, drawn.end, language));
  const mark = STATUS_MARKS[event.status];
  if (mark) time.append(element('span', 'pa-ev__mark', ` ${mark}`));
  visual.append(time, element('div', 'pa-ev__title', event.title), element('div', 'pa-ev__meta', participants(event)));
  return [hiddenSummary(summary), visual];
}

function dayGridContent(event: SchoolEvent, drawn: Drawn, summary: string, colour: string): Node[] {
  const visual = element('div', 'pa-dot-ev');
  visual.setAttribute('aria-hidden', 'true');
  visual.title = summary;
  const mark = STATUS_MARKS[event.status];
  const dot = element('span', 'fc-daygrid-event-dot');
  dot.style.borderColor = colour;
  visual.append(
    dot,
    element('span', 'pa-dot-ev__time', shortTime(drawn.start)),
    element('span', 'pa-dot-ev__title', mark ? `${mark} ${event.title}` : event.title),
  );
  return [hiddenSummary(summary), visual];
}

/**
 * The list view's title cell. FullCalendar's own link is replaced by this content, so the link that keyboard
 * users tab to and open with Enter is rebuilt here.
 */
function listContent(event: SchoolEvent, summary: string, t: TFunction, onOpen: (event: SchoolEvent) => void): Node[] {
  const link = element('a', 'pa-list-ev__title', event.title);
  link.tabIndex = 0;
  link.setAttribute('role', 'button');
  link.setAttribute('aria-label', summary);
  link.addEventListener('keydown', (keyEvent) => {
    if (keyEvent.key === 'Enter' || keyEvent.key === ' ') {
      keyEvent.preventDefault();
      onOpen(event);
    }
  });
  const status = element('span', `pa-list-ev__status pa-list-ev__status--${event.status}`, t(`calendar:statuses.${event.status}`));
  status.setAttribute('aria-hidden', 'true');
  const meta = element('span', 'pa-list-ev__meta', `${t(`calendar:types.${event.type}`)} · ${participants(event)}${event.location ? ` · ${event.location}` : ''}`);
  meta.setAttribute('aria-hidden', 'true');
  const wrapper = element('div', 'pa-list-ev');
  wrapper.append(link, status, meta);
  return [wrapper];
}

/**
 * A loan: its bar in the month and week views (FullCalendar makes the bar a link to the loan), its row in the
 * list view as a link rebuilt here, as for events.
 */
function loanContent(loan: LoanSummary, title: string, summary: string, viewType: string, t: TFunction): Node[] {
  if (viewType.startsWith('list')) {
    const link = element('a', 'pa-list-ev__title', title);
    link.setAttribute('href', loanHref(loan.id));
    link.setAttribute('aria-label', summary);
    const status = element('span', `pa-list-ev__status pa-list-ev__status--loan`, t(`calendar:loans.statuses.${loan.status}`));
    status.setAttribute('aria-hidden', 'true');
    const wrapper = element('div', 'pa-list-ev');
    wrapper.append(link, status);
    return [wrapper];
  }
  const visual = element('div', 'pa-loan-ev', title);
  visual.setAttribute('aria-hidden', 'true');
  visual.title = summary;
  return [hiddenSummary(summary), visual];
}

function holidayContent(title: string): Node[] {
  return [element('div', 'pa-holiday__label', title)];
}

/**
 * Each event's summary, worked out once per copy of the event (a new answer from the server brings new
 * copies) and language: FullCalendar draws a busy month's events several times (measure, then place).
 */
const summaries = new WeakMap<SchoolEvent, { t: TFunction; language: Language; text: string }>();

function summaryOf(event: SchoolEvent, tools: ContentTools): string {
  const known = summaries.get(event);
  if (known && known.t === tools.t && known.language === tools.language) return known.text;
  const text = eventSummary(tools.t, event, tools.language);
  summaries.set(event, { t: tools.t, language: tools.language, text });
  return text;
}

export interface ContentTools {
  t: TFunction;
  language: Language;
  onOpen(event: SchoolEvent): void;
}

/** Builds each event's inside as plain DOM nodes: cheap enough for hundreds of events in a month. */
export function renderEventContent(arg: EventContentArg, tools: ContentTools): { domNodes: Node[] } | true {
  const loan = loanOf(arg.event.extendedProps);
  if (loan) return { domNodes: loanContent(loan, arg.event.title, loanSummaryText(tools.t, loan, tools.language), arg.view.type, tools.t) };
  const event = schoolEventOf(arg.event.extendedProps);
  if (!event) return arg.event.display === 'background' ? { domNodes: holidayContent(arg.event.title) } : true;
  const summary = summaryOf(event, tools);
  const viewType = arg.view.type;
  if (viewType.startsWith('list')) return { domNodes: listContent(event, summary, tools.t, tools.onOpen) };
  if (viewType.startsWith('dayGrid')) return { domNodes: dayGridContent(event, drawnTimes(arg, event), summary, arg.borderColor || arg.backgroundColor) };
  return { domNodes: timeGridContent(event, drawnTimes(arg, event), summary, tools.language) };
}
