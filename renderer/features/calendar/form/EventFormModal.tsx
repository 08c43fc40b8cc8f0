import { useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { ConflictAlert } from '../feedback/ConflictAlert';
import { notifyWarnings } from '../feedback/notify';
import { isScheduleConflict } from '../model/conflict-messages';
import { emptyEventValues, eventDraftFromValues, isCompleteDraft, valuesFromEvent, type Slot } from '../model/event-form-values';
import { useCreateEvent, useUpdateEvent } from '../mutations';
import { ActivityFields } from './ActivityFields';
import { FollowUpFields } from './FollowUpFields';
import { ParticipantFields } from './ParticipantFields';
import { ScheduleFields } from './ScheduleFields';
import { useEventForm } from './use-event-form';

interface EventFormModalProps {
  /** The event to edit, or null to create one (in `slot` if the user selected one). */
  existing: SchoolEvent | null;
  slot?: Slot | null;
  onDone(event: SchoolEvent): void;
  onClose(): void;
}

/** Creates or edits an event. A refused slot is explained above the buttons, where the user is looking. */
export function EventFormModal({ existing, slot = null, onDone, onClose }: EventFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const pending = create.isPending || update.isPending;
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const form = useEventForm(t, existing ? valuesFromEvent(existing) : emptyEventValues(slot));

  const submit = form.onSubmit(async (values) => {
    const draft = eventDraftFromValues(values);
    if (!isCompleteDraft(draft)) return;
    setConflict(null);
    try {
      const saved = existing ? await update.mutateAsync({ id: existing.id, ...draft }) : await create.mutateAsync(draft);
      notifySuccess(t(existing ? 'calendar:form.updated' : 'calendar:form.created', { title: saved.event.title }));
      notifyWarnings(t, saved.warnings);
      onDone(saved.event);
    } catch (failure) {
      const error = apiErrorOf(failure);
      if (isScheduleConflict(error)) setConflict(error);
      else showServerError(t, error, form);
    }
  });

  return (
    <AppModal opened onClose={onClose} title={t(existing ? 'calendar:form.editTitle' : 'calendar:form.createTitle')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ActivityFields form={form} />
          <ScheduleFields form={form} />
          <ParticipantFields form={form} existing={existing} />
          <FollowUpFields form={form} />
          {conflict && <ConflictAlert error={conflict} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} disabled={pending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={pending}>
              {existing ? t('common.save') : t('calendar:form.createSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}
