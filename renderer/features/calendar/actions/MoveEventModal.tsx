import { useEffect, useState } from 'react';
import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../../shared/api/result';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { notifyError } from '../../../forms/notify';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { ConflictAlert } from '../feedback/ConflictAlert';
import { notifyWarnings } from '../feedback/notify';
import { useMoveNotice } from '../feedback/move-undo';
import { isScheduleConflict } from '../model/conflict-messages';
import { useMoveEvent } from '../mutations';
import { moveFieldOf, moveInput, moveIssues, moveValuesOf, withStartTime, type MoveValues } from './move-values';
import type { NonSchoolDay } from '../../../../shared/domain/calendar/non-school-days';
import { NonSchoolDayNotice, NonSchoolDayQuestion } from '../feedback/NonSchoolDayNotice';
import { daysToConfirm, nonSchoolDaysOfError } from '../model/school-days';
import { useHolidaysAround } from '../queries';
import { splitDateTime } from '../model/local-datetime';

interface MoveEventModalProps {
  event: SchoolEvent;
  /** Given the activity as the move saved it (its sheet shows it even when it left the period on screen). */
  onDone(saved: SchoolEvent): void;
  onClose(): void;
}

/** The keyboard way to do what a drag or a resize does: a new date, start and end, with the same rules. */
export function MoveEventModal({ event, onDone, onClose }: MoveEventModalProps) {
  const { t } = useTranslation();
  const move = useMoveEvent();
  const notifyMoved = useMoveNotice();
  const [conflict, setConflict] = useState<ApiError | null>(null);
  // A weekend or a holiday: the server asks (the dates typed here may be anywhere), the user answers here.
  const [question, setQuestion] = useState<{ days: NonSchoolDay[]; values: MoveValues } | null>(null);
  const form = useForm({
    initialValues: moveValuesOf(event),
    validate: (values) =>
      Object.fromEntries(moveIssues(values).map(({ field, issue }) => [field, inlineFieldMessage(t, { path: field, issue })])),
  });

  const send = async (values: MoveValues, nonSchoolDayConfirmed: boolean) => {
    setConflict(null);
    setQuestion(null);
    try {
      const input = moveInput(event.id, values);
      const saved = await move.mutateAsync(nonSchoolDayConfirmed ? { ...input, nonSchoolDayConfirmed } : input);
      notifyMoved(event, saved.event);
      notifyWarnings(t, saved.warnings);
      onDone(saved.event);
    } catch (failure) {
      const error = apiErrorOf(failure);
      const days = nonSchoolDaysOfError(error);
      if (days.length > 0) return setQuestion({ days, values });
      if (isScheduleConflict(error)) return setConflict(error);
      const mapped = (error.fields ?? []).filter((field) => moveFieldOf(field.path));
      for (const field of mapped) form.setFieldError(moveFieldOf(field.path)!, inlineFieldMessage(t, field));
      if (mapped.length === 0) notifyError(t, error);
    }
  };
  const submit = form.onSubmit((values) => send(values, false));
  // The question is about the date it names: another date asks again.
  const { date, startTime, endTime } = form.getValues();
  useEffect(() => setQuestion(null), [date, startTime, endTime]);
  // Said as soon as the date is typed, as the activity form does; the question still comes at the move.
  const slot = moveInput(event.id, { date, startTime, endTime });
  const holidays = useHolidaysAround(slot);
  const daysWithoutSchool = daysToConfirm(slot, holidays.data ?? [], event);

  const chooseSlot = (slot: { start: string; end: string }) => {
    form.setValues({ date: splitDateTime(slot.start).date, startTime: splitDateTime(slot.start).time, endTime: splitDateTime(slot.end).time });
    setConflict(null);
  };

  return (
    <AppModal dirty={form.isDirty()} opened onClose={onClose} title={t('calendar:move.title')} size="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <Text size="sm" c="dimmed">
            {t('calendar:move.intro', { title: event.title })}
          </Text>
          <TextInput type="date" label={t('calendar:move.date')} data-autofocus required {...form.getInputProps('date')} />
          <Group grow align="flex-start">
            <TextInput
              type="time"
              label={t('calendar:move.startTime')}
              required
              {...form.getInputProps('startTime')}
              onChange={(change) => form.setValues(withStartTime(form.getValues(), change.currentTarget.value))}
            />
            <TextInput type="time" label={t('calendar:move.endTime')} required {...form.getInputProps('endTime')} />
          </Group>
          {conflict && <ConflictAlert error={conflict} onChoose={chooseSlot} />}
          {daysWithoutSchool.length > 0 && !question && <NonSchoolDayNotice days={daysWithoutSchool} />}
          {question ? (
            <NonSchoolDayQuestion
              days={question.days}
              title={t('calendar:schoolDays.moveTitle')}
              confirmLabel={t('calendar:schoolDays.confirmMove')}
              cancelLabel={t('calendar:schoolDays.changeDate')}
              pending={move.isPending}
              onConfirm={() => void send(question.values, true)}
              onCancel={() => setQuestion(null)}
            />
          ) : (
            <Group justify="flex-end" mt="sm">
              <Button variant="default" onClick={onClose} disabled={move.isPending}>
                {t('calendar:actions.back')}
              </Button>
              <Button type="submit" loading={move.isPending}>
                {t('calendar:move.submit')}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
    </AppModal>
  );
}
