import type { TFunction } from 'i18next';

/** Select options for an enumeration whose labels live at `<prefix>.<code>` in the translations. */
export function enumOptions<Code extends string>(t: TFunction, prefix: string, codes: readonly Code[]): { value: Code; label: string }[] {
  return codes.map((code) => ({ value: code, label: t(`${prefix}.${code}`) }));
}
