import { useEffect, useState } from 'react';
import { Button, Group, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ApiError, DateSpan } from '../../../../shared/api/result';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import type { NonSchoolDay } from '../../../../shared/domain/calendar/non-school-days';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { ConflictAlert } from '../feedback/ConflictAlert';
import { NonSchoolDayNotice, NonSchoolDayQuestion } from '../feedback/NonSchoolDayNotice';
import { notifyWarnings } from '../feedback/notify';
import { isScheduleConflict } from '../model/conflict-messages';
import { emptyEventValues, eventDraftFromValues, isCompleteDraft, valuesFromEvent, type EventFormValues, type Slot } from '../model/event-form-values';
import { daysToConfirm, nonSchoolDaysOfError } from '../model/school-days';
import { useCreateEvent, useUpdateEvent } from '../mutations';
import { useHolidaysAround } from '../queries';
import { ActivityFields } from './ActivityFields';
import { FollowUpFields } from './FollowUpFields';
import { ParticipantFields } from './ParticipantFields';
import { ScheduleFields } from './ScheduleFields';
import { useEventForm } from './use-event-form';
import { CancelButton } from '../../../components/CancelButton';

interface EventFormModalProps {
  /** The event to edit, or null to create one (in `slot` if the user selected one). */
  existing: SchoolEvent | null;
  slot?: Slot | null;
  /** A new activity's school, chosen beforehand (from the school's page). */
  schoolId?: number;
  onDone(event: SchoolEvent): void;
  onClose(): void;
}

/**
 * Creates or edits an event. A refused slot is explained above the buttons, where the user is looking, with
 * the nearest free slots to pick; a weekend or a holiday is pointed out as soon as it is typed, and saving
 * then asks for a confirmation in place of the buttons.
 */
export function EventFormModal({ existing, slot = null, schoolId, onDone, onClose }: EventFormModalProps) {
  const { t } = useTranslation();
  const create = useCreateEvent();
  const update = useUpdateEvent();
  const pending = create.isPending || update.isPending;
  const [conflict, setConflict] = useState<ApiError | null>(null);
  const [question, setQuestion] = useState<NonSchoolDay[] | null>(null);
  const form = useEventForm(t, existing ? valuesFromEvent(existing) : emptyEventValues(slot, schoolId));
  const { start, end } = form.getValues();
  const holidays = useHolidaysAround({ start, end });
  const daysWithoutSchool = daysToConfirm({ start, end }, holidays.data ?? [], existing);
  // The question is about the days it names: other times ask again at the next save.
  useEffect(() => setQuestion(null), [start, end]);

  const save = async (values: EventFormValues, nonSchoolDayConfirmed: boolean) => {
    const draft = eventDraftFromValues(values);
    if (!isCompleteDraft(draft)) return;
    const input = nonSchoolDayConfirmed ? { ...draft, nonSchoolDayConfirmed } : draft;
    setConflict(null);
    setQuestion(null);
    try {
      const saved = existing ? await update.mutateAsync({ id: existing.id, ...input }) : await create.mutateAsync(input);
      notifySuccess(t(existing ? 'calendar:form.updated' : 'calendar:form.created', { title: saved.event.title }));
      notifyWarnings(t, saved.warnings);
      onDone(saved.event);
    } catch (failure) {
      const error = apiErrorOf(failure);
      // The server asks too when the holidays were not known here (not loaded yet, edited meanwhile).
      const days = nonSchoolDaysOfError(error);
      if (days.length > 0) setQuestion(days);
      else if (isScheduleConflict(error)) setConflict(error);
      else showServerError(t, error, form);
    }
  };

  const submit = form.onSubmit(async (values) => {
    const days = daysToConfirm(values, holidays.data ?? [], existing);
    if (days.length > 0) {
      setConflict(null);
      setQuestion(days);
      return;
    }
    await save(values, false);
  });

  /** "Plan anyway": the form as it is now, checked again, saved with the confirmation. */
  const confirmDays = () => {
    if (form.validate().hasErrors) return setQuestion(null);
    void save(form.getValues(), true);
  };

  const chooseSlot = (chosen: DateSpan) => {
    form.setValues({ start: chosen.start, end: chosen.end });
    setConflict(null);
  };

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t(existing ? 'calendar:form.editTitle' : 'calendar:form.createTitle')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ActivityFields form={form} />
          <ScheduleFields form={form} />
          {daysWithoutSchool.length > 0 && !question && <NonSchoolDayNotice days={daysWithoutSchool} />}
          <ParticipantFields form={form} existing={existing} />
          <FollowUpFields form={form} />
          {conflict && <ConflictAlert error={conflict} onChoose={chooseSlot} />}
          {question ? (
            <NonSchoolDayQuestion
              days={question}
              title={t('calendar:schoolDays.questionTitle')}
              confirmLabel={t('calendar:schoolDays.confirm')}
              cancelLabel={t('calendar:schoolDays.changeDate')}
              pending={pending}
              onConfirm={confirmDays}
              onCancel={() => setQuestion(null)}
            />
          ) : (
            <Group justify="flex-end">
              <CancelButton onClick={onClose} disabled={pending}>
                {t('common.cancel')}
              </CancelButton>
              <Button type="submit" loading={pending}>
                {existing ? t('common.save') : t('calendar:form.createSubmit')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </AppModal>
  );
}
