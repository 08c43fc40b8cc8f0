// A refused preview or commit in words: a mapping the server cannot apply is said as such, the rest as the app says it.
import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api/result';
import { translateApiError, translateFieldIssue } from '../../../i18n/translate-error';

/**
 * The server refuses a mapping that does not fit the file or the administration (`mapping.columns.2.column`
 * not_found when the file changed, a code column on a teacher form…). Its paths mean nothing to the user, so
 * the sentence names the mapping and gives each issue.
 */
export function importErrorText(t: TFunction, error: ApiError): string {
  const fields = error.code === 'VALIDATION' ? (error.fields ?? []) : [];
  if (fields.length > 0 && fields.every((field) => field.path.startsWith('mapping.'))) {
    const issues = [...new Set(fields.map((field) => translateFieldIssue(t, field)))];
    return t('questionnaireImport:mappingRefused', { issues: issues.join(' ') });
  }
  return translateApiError(t, error);
}
