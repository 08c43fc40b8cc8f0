/**
 * What a pupil's code may be, shared by the entry grid, the CSV import of answers and the server.
 *
 * A code follows its template's recipe ("LLDD": letters and digits in their place). Two pupils of a class can
 * build the same code (twins: same mother, same birthday, sometimes the same initial): the second one is told
 * apart by a twin mark, a dash and one digit from 2 to 9 after the code ("AB12-2"). The mark is written on the
 * paper form when it is entered, so that the 'after' form of the same pupil gets it too and the two pair.
 */

/** Between the code and the digit that tells twins apart. */
export const TWIN_MARK = '-';
/** The digits a twin mark may take: "-1" would be the first pupil, who keeps the bare code. */
const TWIN_DIGITS = '23456789';

/**
 * "LLDD" → /^[A-Z]{2}[0-9]{2}(?:-[2-9])?$/: the recipe's letters and digits, optionally a twin mark. Codes are
 * compared normalised (upper case, no spaces or accents: `normalizeCode`).
 */
export function codeRegex(pattern: string): RegExp {
  const body = [...pattern].map((kind) => (kind === 'L' ? '[A-Z]' : '[0-9]')).join('');
  return new RegExp(`^${body}(?:${TWIN_MARK}[${TWIN_DIGITS[0]}-${TWIN_DIGITS[TWIN_DIGITS.length - 1]}])?$`);
}

/** The code without its twin mark: "AB12-2" → "AB12". */
export function withoutTwinMark(code: string): string {
  const mark = new RegExp(`${TWIN_MARK}[${TWIN_DIGITS}]$`).exec(code);
  return mark ? code.slice(0, mark.index) : code;
}

/**
 * The first variant of `code` that no other form of the class uses ("AB12" → "AB12-2", then "AB12-3"…), or null
 * when the code is empty or all eight are taken. `taken` holds the normalised codes already used.
 */
export function twinVariant(code: string, taken: ReadonlySet<string>): string | null {
  const base = withoutTwinMark(code);
  if (base === '') return null;
  for (const digit of TWIN_DIGITS) {
    const candidate = `${base}${TWIN_MARK}${digit}`;
    if (!taken.has(candidate)) return candidate;
  }
  return null;
}
