import type { TFunction } from 'i18next';
import type { ApiError } from '../../../../shared/api/result';
import { translateApiError, translateFieldIssue } from '../../../i18n/translate-error';
import type { ResponseAnswer } from '../../../../shared/domain/questionnaires/responses';
import type { GridColumn } from './grid-model';

/**
 * A refused row in one sentence: the code's problem in the grid's own words ("Ce code est déjà utilisé…"),
 * an answer's problem with its item number as printed on the form, anything else as the app says it.
 * `sent` is the answers as sent: only the cells entered are, so `answers.3` is the fourth one sent, not
 * necessarily the fourth column.
 */
export function rowSaveError(t: TFunction, error: ApiError, columns: readonly GridColumn[], sent: readonly ResponseAnswer[] = []): string {
  if (error.code !== 'VALIDATION' || !error.fields || error.fields.length === 0) return translateApiError(t, error);
  return error.fields
    .map((field) => {
      if (field.path === 'code') {
        if (field.issue === 'duplicate') {
          // The server names the free twin variant when there is one (another user may have typed the code meanwhile).
          const suggestion = field.params?.suggestion;
          return suggestion === undefined ? t('questionnaires:grid.errors.codeDuplicate') : t('questionnaires:grid.errors.codeDuplicateTwin', { suggestion });
        }
        if (field.issue === 'code_pattern') return t('questionnaires:grid.errors.codePattern', { length: field.params?.length ?? '' });
      }
      const answer = /^answers\.(\d+)\./.exec(field.path);
      if (answer) {
        const itemId = sent[Number(answer[1])]?.itemId;
        const column = columns.find((candidate) => candidate.itemId === itemId);
        if (!column) return translateApiError(t, { ...error, fields: [field] });
        return t('questionnaires:grid.errors.item', { number: column.number, message: translateFieldIssue(t, field) });
      }
      return translateApiError(t, { ...error, fields: [field] });
    })
    .join(' ');
}
