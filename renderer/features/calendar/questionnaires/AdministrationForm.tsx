import { useMemo } from 'react';
import { Alert, Button, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import type { AdministrationPhase } from '../../../../shared/domain/questionnaires/templates';
import { apiErrorOf } from '../../../api/client';
import { QueryFailure } from '../../../components/QueryFailure';
import { notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { inlineFieldMessage } from '../../../i18n/translate-error';
import { eventDay, suggestedClassId, suggestedTemplateId, templatesForPhase, type ClassAdministrations } from './administration-model';
import { useCreateAdministration, useQuestionnaireTemplates } from './queries';
import { useFormDirty } from '../../../components/discard';

interface AdministrationFormProps {
  event: SchoolEvent;
  phase: AdministrationPhase;
  groups: ClassAdministrations[];
  onDone(): void;
  onCancel(): void;
}

/** Gives a questionnaire to a class of the event, before or after it: which questionnaire, which class, which day. */
export function AdministrationForm({ event, phase, groups, onDone, onCancel }: AdministrationFormProps) {
  const { t } = useTranslation();
  const templates = useQuestionnaireTemplates(true);
  const create = useCreateAdministration(event.id);
  const offered = useMemo(() => templatesForPhase(templates.data ?? [], phase), [templates.data, phase]);
  const initialClass = suggestedClassId(groups, event.classes, phase);
  const form = useForm({
    initialValues: {
      templateId: '',
      classId: initialClass === null ? '' : String(initialClass),
      date: eventDay(event),
      phase,
    },
    // The template is checked on submit: until one is picked, the suggested one stands in for it.
    validate: {
      classId: (value) => (value === '' ? inlineFieldMessage(t, { path: 'classId', issue: 'required' }) : null),
      date: (value) => (value === '' ? inlineFieldMessage(t, { path: 'date', issue: 'required' }) : null),
    },
  });

  // The template is chosen once they are loaded: the class's 'before' one after the activity, so forms pair.
  const templateId = form.values.templateId || String(suggestedTemplateId(offered, groups, Number(form.values.classId) || null, phase) ?? '');
  const title = t(phase === 'before' ? 'calendar:questionnaires.createBefore' : 'calendar:questionnaires.createAfter');

  useFormDirty(form.isDirty());
  const submit = form.onSubmit(async (values) => {
    const chosen = values.templateId || templateId;
    if (chosen === '') {
      form.setFieldError('templateId', inlineFieldMessage(t, { path: 'templateId', issue: 'required' }));
      return;
    }
    try {
      const created = await create.mutateAsync({
        templateId: Number(chosen),
        eventId: event.id,
        classId: Number(values.classId),
        phase,
        date: values.date,
      });
      notifySuccess(t('calendar:questionnaires.created', { phase: t(`calendar:questionnaires.phases.${phase}`), className: created.className }));
      onDone();
    } catch (error) {
      showServerError(t, apiErrorOf(error), form);
    }
  });

  const templateOptions = [
    { group: t('calendar:questionnaires.audiences.pupil'), items: offered.filter((item) => item.audience === 'pupil') },
    { group: t('calendar:questionnaires.audiences.teacher'), items: offered.filter((item) => item.audience === 'teacher') },
  ]
    .filter((group) => group.items.length > 0)
    .map((group) => ({
      group: group.group,
      items: group.items.map((item) => ({ value: String(item.id), label: t('calendar:questionnaires.templateLabel', { name: item.name, version: item.version }) })),
    }));

  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-label={title}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={4} size="h5">
            {title}
          </Title>
          {templates.isError ? (
            <QueryFailure error={templates.error} onRetry={() => void templates.refetch()} />
          ) : templates.isSuccess && offered.length === 0 ? (
            <Alert color="yellow" variant="light">
              {t('calendar:questionnaires.noTemplates')}
            </Alert>
          ) : (
            <Select
              label={t('calendar:questionnaires.template')}
              required
              data-autofocus
              autoFocus
              disabled={!templates.isSuccess}
              placeholder={templates.isSuccess ? undefined : t('calendar:questionnaires.loadingTemplates')}
              data={templateOptions}
              allowDeselect={false}
              {...form.getInputProps('templateId')}
              value={templateId || null}
              onChange={(value) => form.setFieldValue('templateId', value ?? '')}
            />
          )}
          {event.classes.length > 1 && (
            <Select
              label={t('calendar:questionnaires.class')}
              required
              data={event.classes.map((schoolClass) => ({ value: String(schoolClass.id), label: schoolClass.name }))}
              allowDeselect={false}
              {...form.getInputProps('classId')}
              onChange={(value) => {
                form.setFieldValue('classId', value ?? '');
                // A new class may have another 'before': suggest its template again.
                form.setFieldValue('templateId', '');
              }}
            />
          )}
          {event.classes.length === 1 && form.errors.classId && (
            <Text size="sm" c="red" role="alert">
              {form.errors.classId}
            </Text>
          )}
          <TextInput type="date" label={t('calendar:questionnaires.date')} required {...form.getInputProps('date')} />
          {form.errors.phase && (
            <Alert color="red" variant="light" role="alert" title={t('calendar:questionnaires.phaseRefused')}>
              {form.errors.phase}
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" size="xs" onClick={onCancel} disabled={create.isPending}>
              {t('calendar:questionnaires.cancel')}
            </Button>
            <Button type="submit" size="xs" loading={create.isPending} disabled={templates.isSuccess && offered.length === 0}>
              {t('calendar:questionnaires.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
