import type { TFunction } from 'i18next';
import type { ApiError, FieldError } from '../../shared/api/result';
import type { ErrorReason } from '../../shared/api/error-reasons';
import type fr from './fr.json';
import type en from './en.json';

/** The dotted keys of the sentences of a translation tree: `{ notFound: { school } }` gives `notFound.school`. */
type SentenceKeys<Tree> = {
  [Key in keyof Tree & string]: Tree[Key] extends string ? Key : `${Key}.${SentenceKeys<Tree[Key]>}`;
}[keyof Tree & string];

/** A bundle's sentences under errors.reasons, by dotted key. */
type ReasonSentences<Bundle extends { errors: { reasons: object } }> = Record<SentenceKeys<Bundle['errors']['reasons']>, string>;

/**
 * The reasons of bundles that translate every one of them: a reason added to shared/api/error-reasons.ts
 * without its sentence in fr.json or en.json does not compile ("Property 'notFound.school' is missing").
 */
type Translated<Sentences extends Record<ErrorReason, string>> = keyof Sentences & ErrorReason;

/** The key of a reason's sentence, for a reason both languages translate. */
function reasonKey(reason: Translated<ReasonSentences<typeof fr>> & Translated<ReasonSentences<typeof en>>): string {
  return `errors.reasons.${reason}`;
}

/** The label of a field from its dotted path: `roles.0` is the roles field. */
export function fieldLabel(t: TFunction, path: string): string {
  const name = path.split('.')[0] ?? path;
  return t(`fields.${name}`, { defaultValue: name });
}

/** "au moins 3 caractères." — the issue alone, to follow the field's name in a sentence. */
export function translateFieldIssue(t: TFunction, field: FieldError): string {
  return t(`fieldIssues.${field.issue}`, { ...field.params, defaultValue: t('fieldIssues.invalid_value') });
}

/**
 * An issue's words ("au moins 3 caractères.", lower case to follow a field's name in a sentence) as a message of
 * its own, under its input: "Au moins 3 caractères."
 */
export function asInlineMessage(issue: string): string {
  return issue.charAt(0).toLocaleUpperCase() + issue.slice(1);
}

/** "Au moins 3 caractères." — the issue as a message of its own, under its input. */
export function inlineFieldMessage(t: TFunction, field: FieldError): string {
  return asInlineMessage(translateFieldIssue(t, field));
}

/**
 * One sentence for the user. Validation errors name each refused field ("Nom d'utilisateur : au moins 3
 * caractères."); other errors use their reason when it has a translation, else their code.
 */
export function translateApiError(t: TFunction, error: ApiError): string {
  if (error.code === 'VALIDATION' && error.fields && error.fields.length > 0) {
    return error.fields
      .map((field) => t('errors.fieldSentence', { field: fieldLabel(t, field.path), message: translateFieldIssue(t, field) }))
      .join(' ');
  }
  const byCode = t(`errors.codes.${error.code}`);
  if (error.reason) return t(reasonKey(error.reason), { ...error.params, defaultValue: byCode });
  return byCode;
}
