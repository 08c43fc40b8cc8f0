import { useState } from 'react';
import { Badge, Button, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { AppDrawer } from '../../../components/AppDrawer';
import { IconEye, IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingHousehold, HousingPerson } from '../../../../shared/domain/housing/people';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { DetailRow } from '../../../components/DetailRow';
import { dayOf, personName } from '../model/household-form';
import { formatDay } from '../model/unit-form';
import { QueryContent } from '../../../components/QueryContent';
import { useHousehold } from '../queries';
import { ErasePersonDialog } from './ErasePersonDialog';
import { PersonFormModal } from './PersonFormModal';
import { HouseholdPlacementsSection } from '../placements/HouseholdPlacementsSection';
import { usePlacementDialogs } from '../placements/PlacementDialogs';
import { InformationNoticeBlock, PersonDataExportButton } from '../../privacy';

type Dialog = { kind: 'add' } | { kind: 'edit'; person: HousingPerson } | { kind: 'erase'; person: HousingPerson };

function PersonCard({ person, onEdit, onErase }: { person: HousingPerson; onEdit(): void; onErase(): void }) {
  const { t } = useTranslation();
  const name = personName(person);
  const details = [
    person.birthYear !== null ? t('housing:people.bornIn', { year: person.birthYear }) : null,
    person.languages.length > 0 ? person.languages.map((code) => t(`housing:languages.${code}`, { defaultValue: code })).join(', ') : null,
    person.contact || null,
  ].filter((part): part is string => part !== null);
  return (
    <Card withBorder radius="md" padding="sm" component="li" aria-label={person.code}>
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <Stack gap={4}>
          <Group gap="xs">
            <Text fw={700} ff="monospace">
              {person.code}
            </Text>
            {name ? (
              <Text size="sm" fw={600}>
                {name}
              </Text>
            ) : (
              <Text size="sm" c="dimmed" fs="italic">
                {t('housing:people.noName')}
              </Text>
            )}
          </Group>
          <Group gap={6}>
            <Badge variant="light" color={person.residenceStatus ? 'indigo' : 'gray'}>
              {person.residenceStatus ? t(`housing:residenceStatuses.${person.residenceStatus}`) : t('housing:people.statusNotGiven')}
            </Badge>
          </Group>
          {details.length > 0 && (
            <Text size="sm" c="dimmed">
              {details.join(' · ')}
            </Text>
          )}
        </Stack>
        <Group gap={4} wrap="nowrap">
          <PersonDataExportButton person={person} />
          <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={onEdit} aria-label={t('housing:people.editFor', { code: person.code })}>
            {t('housing:people.edit')}
          </Button>
          <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={onErase} aria-label={t('housing:people.eraseFor', { code: person.code })}>
            {t('housing:people.erase')}
          </Button>
        </Group>
      </Group>
    </Card>
  );
}

function HouseholdSheet({ household, onDialog }: { household: HousingHousehold; onDialog(dialog: Dialog): void }) {
  const { t } = useTranslation();
  const locale = localeOf(currentLanguage());
  return (
    <Stack gap="md">
      <Group gap={6} c="dimmed">
        <IconEye size={14} aria-hidden="true" />
        <Text size="xs">{t('housing:households.auditLine')}</Text>
      </Group>
      <Stack component="dl" gap="sm" m={0}>
        <DetailRow term={t('housing:households.size')}>{t('housing:households.sizeValue', { count: household.size })}</DetailRow>
        <DetailRow term={t('housing:households.created')}>{formatDay(dayOf(household.createdAt), locale)}</DetailRow>
        {household.notes && (
          <DetailRow term={t('fields.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {household.notes}
            </Text>
          </DetailRow>
        )}
      </Stack>
      <InformationNoticeBlock household={household} />
      <Divider />
      <Stack gap="sm" component="section" aria-labelledby={`people-${household.id}`}>
        <Group justify="space-between">
          <Title order={3} fz="md" id={`people-${household.id}`}>
            {t('housing:households.peopleTitle', { count: household.people.length })}
          </Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => onDialog({ kind: 'add' })}>
            {t('housing:people.add')}
          </Button>
        </Group>
        {household.people.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('housing:households.noPeople')}
          </Text>
        ) : (
          <Stack component="ul" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
            {household.people.map((person) => (
              <PersonCard key={person.id} person={person} onEdit={() => onDialog({ kind: 'edit', person })} onErase={() => onDialog({ kind: 'erase', person })} />
            ))}
          </Stack>
        )}
      </Stack>
    </Stack>
  );
}

/** A household's sheet: its code, its people (decrypted: each opening is written to the access log), add, edit, erase. */
export function HouseholdDrawer({ householdId, onClose }: { householdId: number; onClose(): void }) {
  const { t } = useTranslation();
  const household = useHousehold(householdId);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const data = household.data;
  const placements = usePlacementDialogs({ householdId, places: data?.size });
  const close = () => setDialog(null);
  return (
    <>
      <AppDrawer
        opened={dialog === null && placements.dialog === null}
        onClose={onClose}
        position="right"
        size="lg"
        closeButtonProps={{ 'aria-label': t('common.close') }}
        title={
          data ? (
            <Group gap="sm">
              <Text fw={700} fz="lg" ff="monospace">
                {data.code}
              </Text>
              <Badge variant="light" color="gray">
                {t('housing:households.sizeValue', { count: data.size })}
              </Badge>
            </Group>
          ) : (
            t('housing:households.loading')
          )
        }
      >
        <QueryContent query={household}>
          {(loaded) => (
            <Stack gap="md">
              <HouseholdSheet household={loaded} onDialog={setDialog} />
              <HouseholdPlacementsSection householdId={loaded.id} onDialog={placements.open} />
            </Stack>
          )}
        </QueryContent>
      </AppDrawer>
      {dialog?.kind === 'add' && <PersonFormModal householdId={householdId} onClose={close} />}
      {dialog?.kind === 'edit' && <PersonFormModal householdId={householdId} person={dialog.person} onClose={close} />}
      {dialog?.kind === 'erase' && <ErasePersonDialog person={dialog.person} onClose={close} />}
      {placements.element}
    </>
  );
}
