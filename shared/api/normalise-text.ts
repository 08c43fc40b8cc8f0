/**
 * Every text a channel receives is made well-formed Unicode in NFC before anything looks at it, so that the
 * schema, the service's checks (a class name compared without case or accents, a pupil code already used),
 * the encryption of housing fields and the database all see one and the same string.
 *
 * - A lone UTF-16 surrogate ("a\ud800b", which a web page can send but no keyboard types) has no UTF-8 form:
 *   SQLite and the field cipher would each turn it into U+FFFD on their own, after the checks compared the
 *   original. It becomes U+FFFD here, first.
 * - "é" typed as e + combining accent (macOS, some Arabic and Vietnamese keyboards) and "é" as one letter are
 *   the same text for the user: NFC makes them the same string for the app.
 *
 * Objects and arrays are walked (inputs are small, capped JSON); keys are left alone: the strict schemas refuse
 * any key they do not know.
 */
export function normaliseTexts(value: unknown): unknown {
  if (typeof value === 'string') return normaliseText(value);
  if (Array.isArray(value)) return value.map(normaliseTexts);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) copy[key] = normaliseTexts(inner);
    return copy;
  }
  return value;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Pure ASCII has no surrogate and is already NFC. Checking it is a plain scan (≈ 1 ms for the 3 MB of base64 an
// answers import sends) where the surrogate replace and NFC cost ≈ 50 ms (docs/performance.md, "Import").
// eslint-disable-next-line no-control-regex -- the whole ASCII range, control characters included, on purpose
const ASCII_ONLY = /^[\x00-\x7f]*$/;

export function normaliseText(text: string): string {
  if (ASCII_ONLY.test(text)) return text;
  return text.replace(LONE_SURROGATE, '\uFFFD').normalize('NFC');
}
