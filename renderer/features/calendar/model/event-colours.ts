import type { EventStatus, EventType } from '../../../../shared/domain/calendar/events';
import type { LoanStatus } from '../../../../shared/domain/loans/loans';

/**
 * One fixed colour per event type, dark enough to carry white text (contrast ≥ 4.5:1, checked by a unit test)
 * and distinct from Liège's red, which the app keeps for errors and primary actions.
 */
export const EVENT_TYPE_COLOURS: Record<EventType, string> = {
  workshop: '#1864ab',
  training: '#5f3dc4',
  film_screening: '#0b7285',
  theatre: '#a61e4d',
  exhibition_visit: '#b8420c',
  guided_visit: '#237032',
  remembrance: '#7a5200',
  other: '#495057',
};

/**
 * Exhibition loans, on the calendar and in the availability grid: a grape purple that no event type uses, as
 * dark as the type colours (white text on it passes the same contrast test).
 */
export const LOAN_COLOUR = '#862e9c';

export type ColourScheme = 'light' | 'dark';

export interface EventColours {
  backgroundColor: string;
  borderColor: string;
  textColor: string;
}

/** The page behind the calendar in each scheme (Mantine's body colours). */
const PAGE: Record<ColourScheme, string> = { light: '#ffffff', dark: '#242424' };
const CANCELLED: Record<ColourScheme, EventColours> = {
  light: { backgroundColor: '#f1f3f5', borderColor: '#adb5bd', textColor: '#5c6370' },
  dark: { backgroundColor: '#2e2e2e', borderColor: '#5c5f66', textColor: '#a6a7ab' },
};

function channels(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.slice(1), 16);
  return [(value >> 16) & 255, (value >> 8) & 255, value & 255];
}

/** `weight` of colour `a` mixed with the rest of colour `b`, as "#rrggbb". */
export function mixColours(a: string, b: string, weight: number): string {
  const [ar, ag, ab] = channels(a);
  const [br, bg, bb] = channels(b);
  const mix = (x: number, y: number) => Math.round(x * weight + y * (1 - weight)).toString(16).padStart(2, '0');
  return `#${mix(ar, br)}${mix(ag, bg)}${mix(ab, bb)}`;
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((channel) => {
    const value = channel / 255;
    return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio of two "#rrggbb" colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Confirmed and held events are solid in their type's colour; planned ones are a pale wash with a coloured
 * border (not yet certain); cancelled ones are grey (and struck through by the stylesheet).
 */
export function eventColours(type: EventType, status: EventStatus, scheme: ColourScheme): EventColours {
  if (status === 'cancelled') return CANCELLED[scheme];
  const colour = EVENT_TYPE_COLOURS[type];
  return status === 'planned' ? paleColours(colour, scheme) : solidColours(colour);
}

/** Not yet certain: a pale wash of the colour with a border in it. */
function paleColours(colour: string, scheme: ColourScheme): EventColours {
  return scheme === 'light'
    ? { backgroundColor: mixColours(colour, PAGE.light, 0.12), borderColor: colour, textColor: mixColours(colour, '#000000', 0.85) }
    : { backgroundColor: mixColours(colour, PAGE.dark, 0.3), borderColor: mixColours(colour, '#ffffff', 0.7), textColor: mixColours(colour, '#ffffff', 0.2) };
}

function solidColours(colour: string): EventColours {
  return { backgroundColor: colour, borderColor: colour, textColor: '#ffffff' };
}

/** A loan is drawn like an event: pale with a border while it is only requested, solid once approved. */
export function loanColours(status: LoanStatus, scheme: ColourScheme): EventColours {
  return status === 'requested' ? paleColours(LOAN_COLOUR, scheme) : solidColours(LOAN_COLOUR);
}
