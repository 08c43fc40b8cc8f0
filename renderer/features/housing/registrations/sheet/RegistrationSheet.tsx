import { Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { IconCalendarOff, IconEye, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { REFERENCE_ADDRESS_KINDS } from '../../../../../shared/domain/housing/registrations';
import type { HousingRegistration } from '../../../../../shared/domain/housing/registrations-api';
import { currentLanguage } from '../../../../i18n';
import { localeOf } from '../../../../i18n/language';
import { DetailRow } from '../../../../components/DetailRow';
import { formatDay } from '../../model/unit-form';
import { DueBadge } from '../common/badges';
import { ContactsSection } from './ContactsSection';

export type SheetAction = 'edit' | 'end' | 'delete';

/** Everything about one registration: its details, its deadlines (done, overdue, due soon), its contacts, its actions. */
export function RegistrationSheet({ registration, onAction, onRemoveContact }: { registration: HousingRegistration; onAction(action: SheetAction): void; onRemoveContact(date: string): void }) {
  const { t } = useTranslation();
  const locale = localeOf(currentLanguage());
  const day = (value: string | null) => (value ? formatDay(value, locale) : '—');
  const { forwarding, move, absence } = registration;
  const tasksId = `tasks-${registration.id}`;
  return (
    <Stack gap="md">
      <Group gap={6} c="dimmed">
        <IconEye size={14} aria-hidden="true" />
        <Text size="xs">{t('registrations:sheet.auditLine')}</Text>
      </Group>
      <Group gap="xs">
        <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => onAction('edit')}>
          {t('registrations:sheet.edit')}
        </Button>
        {registration.status === 'active' && (
          <Button size="xs" variant="light" color="orange" leftSection={<IconCalendarOff size={14} />} onClick={() => onAction('end')}>
            {t('registrations:sheet.end')}
          </Button>
        )}
        {registration.status === 'requested' && (
          <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => onAction('delete')}>
            {t('registrations:sheet.delete')}
          </Button>
        )}
      </Group>
      <Stack component="dl" gap="sm" m={0}>
        <DetailRow term={t('registrations:fieldLabels.kind')}>{t(`registrations:kinds.${registration.kind}`)}</DetailRow>
        {registration.householdCode && <DetailRow term={t('registrations:sheet.household')}>{registration.householdCode}</DetailRow>}
        <DetailRow term={t('registrations:fieldLabels.unitId')}>{registration.unitCode ?? '—'}</DetailRow>
        <DetailRow term={t('registrations:fieldLabels.requestDate')}>{day(registration.requestDate)}</DetailRow>
        <DetailRow term={t('registrations:fieldLabels.decisionDate')}>{day(registration.decisionDate)}</DetailRow>
        <DetailRow term={t('registrations:fieldLabels.startDate')}>{day(registration.startDate)}</DetailRow>
        <DetailRow term={t('registrations:fieldLabels.endDate')}>{day(registration.endDate)}</DetailRow>
        <DetailRow term={t('registrations:fieldLabels.communeReference')}>{registration.communeReference || '—'}</DetailRow>
        {forwarding && (
          <DetailRow term={t('registrations:sheet.forwarding')}>
            {forwarding.forwardedDate
              ? t('registrations:sheet.forwardingValue', { received: day(forwarding.receivedDate), forwarded: day(forwarding.forwardedDate) })
              : t('registrations:sheet.forwardingPending', { received: day(forwarding.receivedDate) })}
          </DetailRow>
        )}
        {move && (
          <DetailRow term={t('registrations:sheet.move')}>
            {move.declaredDate
              ? t('registrations:sheet.moveValue', { date: day(move.date), declared: day(move.declaredDate) })
              : t('registrations:sheet.movePending', { date: day(move.date) })}
          </DetailRow>
        )}
        {registration.policeCheckDate && <DetailRow term={t('registrations:fieldLabels.policeCheckDate')}>{day(registration.policeCheckDate)}</DetailRow>}
        {absence && (
          <DetailRow term={t('registrations:sheet.absence')}>
            {absence.resolvedDate
              ? t('registrations:sheet.absenceValue', { since: day(absence.notFoundSince), resolved: day(absence.resolvedDate) })
              : t('registrations:sheet.absencePending', { since: day(absence.notFoundSince) })}
          </DetailRow>
        )}
        {registration.notes && (
          <DetailRow term={t('registrations:fieldLabels.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {registration.notes}
            </Text>
          </DetailRow>
        )}
      </Stack>
      <Divider />
      <Stack gap="sm" component="section" aria-labelledby={tasksId}>
        <Title order={3} fz="md" id={tasksId}>
          {t('registrations:sheet.tasksTitle')}
        </Title>
        {registration.tasks.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('registrations:sheet.noTasks')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-labelledby={tasksId}>
            {registration.tasks.map((task) => (
              <Card component="li" key={`${task.kind}-${task.dueDate}`} withBorder radius="md" padding="xs">
                <Group justify="space-between" wrap="nowrap">
                  <Stack gap={0}>
                    <Text size="sm" fw={600}>
                      {t(`registrations:taskKinds.${task.kind}`)}
                    </Text>
                    <Text size="xs" c="dimmed">
                      {t('registrations:sheet.dueOn', { date: day(task.dueDate) })}
                    </Text>
                  </Stack>
                  <DueBadge task={task} />
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>
      {/* Contacts kept from a time it was a reference address stay readable (issue 14, item 9). */}
      {(REFERENCE_ADDRESS_KINDS.includes(registration.kind) || registration.contactDates.length > 0) && (
        <>
          <Divider />
          <ContactsSection registration={registration} onRemove={onRemoveContact} />
        </>
      )}
    </Stack>
  );
}
