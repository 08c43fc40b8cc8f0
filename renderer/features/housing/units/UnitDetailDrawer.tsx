import { useState } from 'react';
import { Alert, Badge, Button, Divider, Group, List, Stack, Text, Timeline, Title } from '@mantine/core';
import { AppDrawer } from '../../../components/AppDrawer';
import { IconAlertTriangle, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { HousingUnit, RollingLeaseDetails } from '../../../../shared/domain/housing/housing-units-api';
import type { RollingLeaseAlert } from '../../../../shared/domain/housing/rolling-lease';
import { QueryContent } from '../../../components/QueryContent';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { DetailRow } from '../../../components/DetailRow';
import { STATUS_COLOURS, UnitStatusBadge } from '../common/StatusBadge';
import { formatDay } from '../model/unit-form';
import { useUnit } from '../queries';
import { LightHousingBadge } from './UnitFormModal';
import { RollingLeaseModal } from './RollingLeaseModal';
import { StatusChangeForm } from './StatusChangeForm';
import { usePlacementDialogs } from '../placements/PlacementDialogs';
import { UnitPlacementsSection } from '../placements/UnitPlacementsSection';

function useDay() {
  const locale = localeOf(currentLanguage());
  return (day: string) => formatDay(day, locale);
}

function LeaseAlert({ alert }: { alert: RollingLeaseAlert }) {
  const { t } = useTranslation();
  const day = useDay();
  const params = { date: day(alert.dueDate), count: Math.abs(alert.daysLeft), renewal: alert.renewal ?? 0 };
  const key = `housing:lease.alerts.${alert.kind}${alert.overdue ? 'Overdue' : ''}`;
  return (
    <Alert color={alert.overdue ? 'red' : 'orange'} variant="light" icon={<IconAlertTriangle size={18} />} p="xs">
      <Text size="sm">{t(key, params)}</Text>
    </Alert>
  );
}

function RollingLeasePanel({ unit, lease, onEdit }: { unit: HousingUnit; lease: RollingLeaseDetails | null; onEdit(): void }) {
  const { t } = useTranslation();
  const day = useDay();
  const none = t('housing:detail.none');
  return (
    <Stack gap="sm" component="section" aria-labelledby={`lease-${unit.id}`}>
      <Group justify="space-between">
        <Title order={3} fz="md" id={`lease-${unit.id}`}>
          {t('housing:kinds.bail_glissant')}
        </Title>
        <Button size="xs" variant="light" leftSection={<IconPencil size={14} />} onClick={onEdit}>
          {lease ? t('housing:lease.edit') : t('housing:lease.record')}
        </Button>
      </Group>
      {lease === null ? (
        <Text size="sm" c="dimmed">
          {t('housing:lease.notRecorded')}
        </Text>
      ) : (
        <>
          {lease.alerts.map((alert) => (
            <LeaseAlert key={`${alert.kind}-${alert.dueDate}`} alert={alert} />
          ))}
          <Stack component="dl" gap="sm" m={0}>
            <DetailRow term={t('fields.operator')}>{lease.operator || none}</DetailRow>
            <DetailRow term={t('fields.owner')}>{lease.owner || none}</DetailRow>
            <DetailRow term={t('fields.subleaseStart')}>{day(lease.subleaseStart)}</DetailRow>
            <DetailRow term={t('housing:lease.dueDates')}>
              {lease.renewalDueDates.map((due, index) => {
                const signed = lease.renewals[index];
                return (
                  <Text key={due} size="sm">
                    {signed
                      ? t('housing:lease.dueSigned', { number: index + 1, due: day(due), signed: day(signed) })
                      : t('housing:lease.dueOpen', { number: index + 1, due: day(due) })}
                  </Text>
                );
              })}
              <Text size="sm">{t('housing:lease.maximumEnd', { date: day(lease.maximumEnd) })}</Text>
            </DetailRow>
            <DetailRow term={t('fields.objectives')}>
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {lease.objectives || none}
              </Text>
            </DetailRow>
            <DetailRow term={t('fields.reviews')}>
              {lease.reviews.length === 0 ? (
                none
              ) : (
                <List size="sm" spacing={2}>
                  {lease.reviews.map((review, index) => (
                    <List.Item key={index}>
                      <Text span size="sm" fw={600}>
                        {day(review.date)}
                      </Text>
                      {review.notes && ` — ${review.notes}`}
                    </List.Item>
                  ))}
                </List>
              )}
            </DetailRow>
            {(lease.transferDate || lease.endDate || lease.outcome) && (
              <DetailRow term={t('fields.outcome')}>
                {lease.transferDate && <Text size="sm">{t('housing:lease.transferredOn', { date: day(lease.transferDate) })}</Text>}
                {lease.endDate && <Text size="sm">{t('housing:lease.endedOn', { date: day(lease.endDate) })}</Text>}
                {lease.outcome && (
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {lease.outcome}
                  </Text>
                )}
              </DetailRow>
            )}
          </Stack>
        </>
      )}
    </Stack>
  );
}

function UnitSheet({ unit, onEditLease }: { unit: HousingUnit; onEditLease(): void }) {
  const { t } = useTranslation();
  const day = useDay();
  const none = t('housing:detail.none');
  return (
    <Stack gap="md">
      <Stack component="dl" gap="sm" m={0}>
        <DetailRow term={t('housing:units.kind')}>{t(`housing:kinds.${unit.kind}`)}</DetailRow>
        <DetailRow term={t('fields.address')}>{unit.address}</DetailRow>
        <DetailRow term={t('housing:units.provider')}>{unit.providerName ?? none}</DetailRow>
        <DetailRow term={t('housing:form.capacity')}>{t('housing:detail.places', { count: unit.capacity })}</DetailRow>
        {unit.effectiveCitizenStayDays !== null && (
          <DetailRow term={t('fields.citizenStayDays')}>
            {t(unit.citizenStayDays === null ? 'housing:detail.stayDefault' : 'housing:detail.stay', { count: unit.effectiveCitizenStayDays })}
          </DetailRow>
        )}
        <DetailRow term={t('fields.supports')}>
          {unit.supports.length === 0 ? (
            none
          ) : (
            <List size="sm" spacing={2}>
              {unit.supports.map((support) => (
                <List.Item key={support.kind}>
                  {t(`housing:supports.${support.kind}`)}
                  {support.startDate && ` — ${t('housing:detail.since', { date: day(support.startDate) })}`}
                </List.Item>
              ))}
            </List>
          )}
        </DetailRow>
        {unit.lightHousing && (
          <DetailRow term={t('fields.lightHousingCriteria')}>
            <Stack gap={6}>
              <span>
                <LightHousingBadge criteria={unit.lightHousing.criteria} />
              </span>
              <Text size="sm">{unit.lightHousing.criteria.map((criterion) => t(`housing:criteria.${criterion}`)).join(', ') || none}</Text>
            </Stack>
          </DetailRow>
        )}
        {unit.notes && (
          <DetailRow term={t('fields.notes')}>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {unit.notes}
            </Text>
          </DetailRow>
        )}
      </Stack>

      <Divider />
      <Stack gap="sm" component="section" aria-labelledby={`history-${unit.id}`}>
        <Title order={3} fz="md" id={`history-${unit.id}`}>
          {t('housing:status.history')}
        </Title>
        <Timeline active={unit.statusHistory.length - 1} bulletSize={14} lineWidth={2}>
          {unit.statusHistory.map((change, index) => (
            <Timeline.Item key={index} color={STATUS_COLOURS[change.status]} title={t(`housing:statuses.${change.status}`)}>
              <Text size="sm" c="dimmed">
                {t('housing:status.since', { date: day(change.date) })}
              </Text>
            </Timeline.Item>
          ))}
        </Timeline>
        {unit.nextStatuses.length > 0 ? (
          <>
            <Title order={4} fz="sm">
              {t('housing:status.title')}
            </Title>
            <StatusChangeForm key={`${unit.status}-${unit.statusHistory.length}`} unit={unit} />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('housing:status.final')}
          </Text>
        )}
      </Stack>

      {unit.kind === 'bail_glissant' && (
        <>
          <Divider />
          <RollingLeasePanel unit={unit} lease={unit.rollingLease} onEdit={onEditLease} />
        </>
      )}
    </Stack>
  );
}

interface UnitDetailDrawerProps {
  unitId: number;
  onEdit(unit: HousingUnit): void;
  onDelete(unit: HousingUnit): void;
  onClose(): void;
}

/** A unit's sheet: its details, the history of its status and the next step, and its bail glissant. */
export function UnitDetailDrawer({ unitId, onEdit, onDelete, onClose }: UnitDetailDrawerProps) {
  const { t } = useTranslation();
  const unit = useUnit(unitId);
  const [editingLease, setEditingLease] = useState(false);
  const placements = usePlacementDialogs({ unitId });
  const data = unit.data;
  return (
    <>
      <AppDrawer
        opened={!editingLease && placements.dialog === null}
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
              <UnitStatusBadge status={data.status} />
            </Group>
          ) : (
            t('housing:detail.loading')
          )
        }
      >
        <QueryContent query={unit}>
          {(loaded) => (
            <Stack gap="md">
              <Group gap="xs">
                <Button size="xs" variant="default" leftSection={<IconPencil size={14} />} onClick={() => onEdit(loaded)}>
                  {t('housing:detail.edit')}
                </Button>
                <Button size="xs" variant="subtle" color="red" leftSection={<IconTrash size={14} />} onClick={() => onDelete(loaded)}>
                  {t('housing:detail.delete')}
                </Button>
                {loaded.kind === 'habitat_leger' && loaded.lightHousing && (
                  <Badge variant="dot" color={loaded.lightHousing.qualifies ? 'teal' : 'orange'}>
                    {t(loaded.lightHousing.qualifies ? 'housing:lightHousing.short' : 'housing:lightHousing.shortNot')}
                  </Badge>
                )}
              </Group>
              <UnitSheet unit={loaded} onEditLease={() => setEditingLease(true)} />
              <UnitPlacementsSection unit={loaded} onDialog={placements.open} />
            </Stack>
          )}
        </QueryContent>
      </AppDrawer>
      {editingLease && data && <RollingLeaseModal unit={data} onClose={() => setEditingLease(false)} />}
      {placements.element}
    </>
  );
}
