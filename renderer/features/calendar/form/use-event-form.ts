import { useForm } from '@mantine/form';
import type { TFunction } from 'i18next';
import { contract } from '../../../../shared/api/contract';
import { validateAgainst } from '../../../forms/contract-validation';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { crossFieldIssues, eventDraftFromValues, type EventFormValues } from '../model/event-form-values';

/** The event form, checked with the contract's own schema plus the rules between fields. */
export function useEventForm(t: TFunction, initialValues: EventFormValues) {
  return useForm<EventFormValues>({
    initialValues,
    validate: (values) => {
      const errors = validateAgainst(t, contract.events.create.input, eventDraftFromValues(values));
      for (const { path, issue } of crossFieldIssues(values)) errors[path] = inlineFieldMessage(t, { path, issue });
      return errors;
    },
  });
}

export type EventForm = ReturnType<typeof useEventForm>;
