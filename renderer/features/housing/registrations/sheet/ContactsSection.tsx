import { useState } from 'react';
import { ActionIcon, Button, Group, Stack, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconCalendarCheck, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingRegistration } from '../../../../../shared/domain/housing/registrations-api';
import { contactDateIssue, REFERENCE_ADDRESS_KINDS } from '../../../../../shared/domain/housing/registrations';
import { inlineFieldMessage } from '../../../../i18n/translate-error';
import { api, apiErrorOf } from '../../../../api/client';
import { notifySuccess } from '../../../../forms/notify';
import { currentLanguage } from '../../../../i18n';
import { localeOf } from '../../../../i18n/language';
import { formatDay } from '../../model/unit-form';
import { localToday } from '../../../../dates/local-today';
import { DueDay } from '../common/badges';
import { notifyRegistrationError, registrationFormErrors } from '../common/registration-errors';
import { nextContactStatus } from '../model/registration-list';
import { useRegistrationMutation } from '../queries';

/**
 * A reference address's contacts at the CPAS: last and next due, "Contact aujourd'hui" (the date editable, for a
 * visit noted the day after, never a day ahead: contactDateIssue), and each past contact with a way to remove one
 * entered by mistake. A registration that is no longer a reference address shows its contacts as history only:
 * none is due and none can be added (issue 14, item 9).
 */
export function ContactsSection({ registration, onRemove }: { registration: HousingRegistration; onRemove(date: string): void }) {
  const { t } = useTranslation();
  const locale = localeOf(currentLanguage());
  const today = localToday();
  const [date, setDate] = useState(today);
  const [dateError, setDateError] = useState<string | undefined>();
  const reference = REFERENCE_ADDRESS_KINDS.includes(registration.kind);
  const record = useRegistrationMutation(api.registrations.recordContact);
  const day = (value: string) => formatDay(value, locale);
  const titleId = `contacts-${registration.id}`;

  const submit = async () => {
    setDateError(undefined);
    // A day ahead is refused here as the server would, with today named (the server checks again).
    if (contactDateIssue(registration, date, today) === 'after_today') {
      setDateError(inlineFieldMessage(t, { path: 'date', issue: 'after_today', params: { date: today } }));
      return;
    }
    try {
      await record.mutateAsync({ registrationId: registration.id, date });
      notifySuccess(t('registrations:contacts.recorded', { date: day(date) }));
    } catch (failure) {
      const error = apiErrorOf(failure);
      setDateError(registrationFormErrors(t, error.fields ?? []).date);
      notifyRegistrationError(t, error);
    }
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby={titleId}>
      <Title order={3} fz="md" id={titleId}>
        {t('registrations:contacts.title')}
      </Title>
      {!reference && (
        <Text size="sm" c="dimmed">
          {t('registrations:contacts.history')}
        </Text>
      )}
      <Group gap="xl">
        <Stack gap={0}>
          <Text size="xs" fw={600} c="dimmed" tt="uppercase">
            {t('registrations:contacts.last')}
          </Text>
          <Text size="sm">{registration.lastContactDate ? day(registration.lastContactDate) : '—'}</Text>
        </Stack>
        {reference && (
          <Stack gap={0}>
            <Text size="xs" fw={600} c="dimmed" tt="uppercase">
              {t('registrations:contacts.next')}
            </Text>
            <DueDay day={registration.nextContactDue} status={nextContactStatus(registration)} />
          </Stack>
        )}
      </Group>
      {!reference ? null : registration.startDate === null ? (
        <Text size="sm" c="dimmed">
          {t('registrations:contacts.notActive')}
        </Text>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <Group align="flex-end" gap="sm">
            <TextInput
              type="date"
              label={t('registrations:fieldLabels.date')}
              value={date}
              onChange={(event) => setDate(event.currentTarget.value)}
              max={today}
              error={dateError}
              w={200}
            />
            <Button type="submit" leftSection={<IconCalendarCheck size={16} />} loading={record.isPending}>
              {t('registrations:contacts.record')}
            </Button>
          </Group>
        </form>
      )}
      {registration.contactDates.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('registrations:contacts.none')}
        </Text>
      ) : (
        <Stack component="ul" gap={4} m={0} p={0} style={{ listStyle: 'none' }} aria-label={t('registrations:contacts.title')}>
          {[...registration.contactDates].reverse().map((contact) => (
            <Group component="li" key={contact} justify="space-between" wrap="nowrap">
              <Text size="sm">{day(contact)}</Text>
              <Tooltip label={t('registrations:contacts.remove')}>
                <ActionIcon variant="subtle" color="red" aria-label={t('registrations:contacts.removeFor', { date: day(contact) })} onClick={() => onRemove(contact)}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
