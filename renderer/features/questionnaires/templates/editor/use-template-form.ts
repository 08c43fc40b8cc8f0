import { useState } from 'react';
import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { contract } from '../../../../../shared/api/contract';
import type { ApiError, FieldError } from '../../../../../shared/api/result';
import type { QuestionnaireTemplate } from '../../../../../shared/domain/questionnaires/templates';
import { apiErrorOf } from '../../../../api/client';
import { fieldErrorsFromSchema } from '../../../../forms/contract-validation';
import { notifyError, notifySuccess } from '../../../../forms/notify';
import { inlineFieldMessage } from '../../../../i18n/translate-error';
import { draftFromValues, draftSignature, emptyTemplateValues, isCompleteDraft, valuesFromTemplate, type TemplateFormValues } from '../model/template-form';
import { crossFieldIssues, formErrorKey, withoutItemErrors } from '../model/template-rules';
import { useSaveTemplate } from '../template-queries';

/** Each refused field's first message, under the key its input shows (`items.2.anchorsFr.1`, `codeRecipe`…). */
function messages(t: TFunction, fields: readonly FieldError[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of fields) errors[formErrorKey(field.path)] ??= inlineFieldMessage(t, field);
  return errors;
}

/** The reasons a save is refused because answers or administrations exist: the editor offers a new version. */
const LOCK_REASONS = ['templateHasAnswers', 'templateHasAdministrations'];

/**
 * The editor's form: values from the template (or a new one), the contract's own checks plus the rules
 * between fields before sending, and the server's refusals put back on their fields. `dirty` compares what
 * saving would send with what was loaded, so typing then undoing is not "unsaved".
 */
export function useTemplateForm(t: TFunction, template: QuestionnaireTemplate | null, onSaved: (saved: QuestionnaireTemplate, created: boolean) => void) {
  const save = useSaveTemplate();
  const [attempted, setAttempted] = useState(false);
  const [lockRefusal, setLockRefusal] = useState<ApiError | null>(null);
  const [initial] = useState(() => (template ? valuesFromTemplate(template) : emptyTemplateValues()));
  const [savedSignature, setSavedSignature] = useState(() => draftSignature(initial));
  const form = useForm<TemplateFormValues>({
    mode: 'controlled',
    initialValues: initial,
    validate: (values) => {
      const draft = draftFromValues(values);
      return messages(t, [...fieldErrorsFromSchema(contract.questionnaires.createTemplate.input, draft), ...crossFieldIssues(values)]);
    },
  });
  const values = form.getValues();
  const dirty = draftSignature(values) !== savedSignature;

  /** After a change to the list of questions, errors at old positions would sit on the wrong question. */
  const setItems = (items: TemplateFormValues['items']) => {
    form.setFieldValue('items', items);
    for (const key of withoutItemErrors(form.errors)) form.clearFieldError(key);
  };

  const submit = form.onSubmit(
    async (submitted) => {
      setAttempted(false);
      setLockRefusal(null);
      const draft = draftFromValues(submitted);
      if (!isCompleteDraft(draft)) return;
      try {
        const saved = await save.mutateAsync(template ? { ...draft, id: template.id } : draft);
        // The saved questionnaire gives its new questions their ids: a second save must update them, not add them again.
        const reloaded = valuesFromTemplate(saved);
        form.setValues(reloaded);
        setSavedSignature(draftSignature(reloaded));
        notifySuccess(t(template ? 'questionnaireTemplates:editor.saved' : 'questionnaireTemplates:editor.created', { name: saved.name }));
        onSaved(saved, template === null);
      } catch (failure) {
        const error = apiErrorOf(failure);
        if (error.fields?.length) {
          for (const [path, message] of Object.entries(messages(t, error.fields))) form.setFieldError(path, message);
          setAttempted(true);
        }
        if (error.code === 'CONFLICT' && LOCK_REASONS.includes(error.reason ?? '')) setLockRefusal(error);
        notifyError(t, error);
      }
    },
    () => setAttempted(true),
  );

  return { form, values, dirty, submit, pending: save.isPending, attempted, lockRefusal, setItems };
}
