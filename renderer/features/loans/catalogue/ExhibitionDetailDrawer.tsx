import { Badge, Button, Divider, Group, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { AppDrawer } from '../../../components/AppDrawer';
import { IconAlertTriangle, IconCircleCheck, IconFileTypePdf, IconPencil, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Exhibition, ExhibitionItem } from '../../../../shared/domain/loans/exhibitions';
import { QueryFailure } from '../../../components/QueryFailure';
import { currentLanguage } from '../../../i18n';
import { localeOf } from '../../../i18n/language';
import { DetailRow } from '../../../components/DetailRow';
import { loanBoundsText, loanDay } from '../model/loan-text';
import { useExhibition } from '../queries';
import { euros } from './exhibition-text';

export type ExhibitionAction = 'edit' | 'delete' | 'schedule';

interface ExhibitionDetailDrawerProps {
  exhibitionId: number;
  onAction(action: ExhibitionAction, exhibition: Exhibition): void;
  onResolve(exhibition: Exhibition, item: ExhibitionItem): void;
  onClose(): void;
}

const FLAG_COLOURS = { damaged: 'orange', missing: 'red' } as const;

function ItemsTable({ exhibition, onResolve }: { exhibition: Exhibition; onResolve(item: ExhibitionItem): void }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  if (exhibition.items.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('exhibitions:itemsEditor.empty')}
      </Text>
    );
  }
  return (
    <Table.ScrollContainer minWidth={480} type="native">
      <Table verticalSpacing="xs" horizontalSpacing="xs" striped>
        <Table.Caption>{t('exhibitions:detail.itemsCaption', { count: exhibition.items.length })}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={44}>{t('exhibitions:check.columns.number')}</Table.Th>
            <Table.Th>{t('exhibitions:check.columns.item')}</Table.Th>
            <Table.Th w={190}>{t('fields.condition')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {exhibition.items.map((item) => (
            <Table.Tr key={item.id}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {item.number}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{item.label}</Text>
                <Text size="xs" c="dimmed">
                  {t(`exhibitions:itemKinds.${item.kind}`)}
                </Text>
                {item.flag && (
                  <Text size="xs" mt={2}>
                    {item.flag.note
                      ? t('exhibitions:detail.flagNote', { note: item.flag.note, day: loanDay(item.flag.since, language) })
                      : t('exhibitions:detail.flagSince', { day: loanDay(item.flag.since, language) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                {item.flag ? (
                  <Stack gap={4} align="flex-start">
                    <Badge color={FLAG_COLOURS[item.flag.condition]} variant="filled" leftSection={<IconAlertTriangle size={12} aria-hidden="true" />}>
                      {t(`exhibitions:conditions.${item.flag.condition}`)}
                    </Badge>
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      leftSection={<IconCircleCheck size={14} />}
                      onClick={() => onResolve(item)}
                      aria-label={t('exhibitions:resolve.buttonFor', { item: t('exhibitions:items.numbered', { number: item.number, label: item.label }) })}
                    >
                      {t('exhibitions:resolve.button')}
                    </Button>
                  </Stack>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('exhibitions:detail.noFlag')}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function ExhibitionSheet({ exhibition }: { exhibition: Exhibition }) {
  const { t } = useTranslation();
  const none = t('exhibitions:detail.none');
  const locale = localeOf(currentLanguage());
  return (
    <Stack component="dl" gap="sm" m={0}>
      <DetailRow term={t('fields.owner')}>{exhibition.owner}</DetailRow>
      {exhibition.description && (
        <DetailRow term={t('fields.description')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{exhibition.description}</span>
        </DetailRow>
      )}
      <DetailRow term={t('fields.audience')}>{exhibition.audience || none}</DetailRow>
      <DetailRow term={t('fields.languages')}>
        {exhibition.languages.map((language) => t(`exhibitions:languages.${language}`)).join(', ') || none}
      </DetailRow>
      {exhibition.kind === 'loanable' && (
        <DetailRow term={t('exhibitions:detail.loanRules')}>
          {`${loanBoundsText(t, exhibition)} · ${t('exhibitions:catalogue.buffer', { count: exhibition.bufferDays })}`}
        </DetailRow>
      )}
      <DetailRow term={t('fields.insuranceValue')}>{exhibition.insuranceValue === null ? none : euros(exhibition.insuranceValue, locale)}</DetailRow>
      {exhibition.transportNotes && (
        <DetailRow term={t('fields.transportNotes')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{exhibition.transportNotes}</span>
        </DetailRow>
      )}
      {exhibition.setupNotes && (
        <DetailRow term={t('fields.setupNotes')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{exhibition.setupNotes}</span>
        </DetailRow>
      )}
      {exhibition.notes && (
        <DetailRow term={t('fields.notes')}>
          <span style={{ whiteSpace: 'pre-wrap' }}>{exhibition.notes}</span>
        </DetailRow>
      )}
    </Stack>
  );
}

/** The sheet of one exhibition: its items and their flags first (what needs care), then its description and terms. */
export function ExhibitionDetailDrawer({ exhibitionId, onAction, onResolve, onClose }: ExhibitionDetailDrawerProps) {
  const { t } = useTranslation();
  const query = useExhibition(exhibitionId);
  const exhibition = query.data;
  return (
    <AppDrawer
      opened
      onClose={onClose}
      position="right"
      size="lg"
      padding="lg"
      title={exhibition?.title ?? t('exhibitions:detail.loading')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)' } }}
    >
      {query.isError ? (
        <QueryFailure error={query.error} onRetry={() => void query.refetch()} />
      ) : !exhibition ? (
        <Stack gap="sm" aria-busy="true">
          <Skeleton height={24} width="50%" />
          <Skeleton height={200} />
        </Stack>
      ) : (
        <Stack gap="md">
          <Group gap={6}>
            <Badge variant="light" color={exhibition.kind === 'loanable' ? 'meuse' : 'grape'}>
              {t(`exhibitions:kinds.${exhibition.kind}`)}
            </Badge>
            {exhibition.archived && (
              <Badge variant="outline" color="gray">
                {t('exhibitions:catalogue.archived')}
              </Badge>
            )}
            {exhibition.flaggedItems > 0 && (
              <Badge variant="filled" color="red">
                {t('exhibitions:catalogue.flagged', { count: exhibition.flaggedItems })}
              </Badge>
            )}
          </Group>
          <Group gap="xs">
            <Button leftSection={<IconPencil size={16} />} onClick={() => onAction('edit', exhibition)} data-autofocus>
              {t('exhibitions:actions.edit')}
            </Button>
            {exhibition.kind === 'loanable' && (
              <Button variant="default" leftSection={<IconFileTypePdf size={16} />} onClick={() => onAction('schedule', exhibition)}>
                {t('exhibitions:schedule.button')}
              </Button>
            )}
            <Button variant="subtle" color="red" leftSection={<IconTrash size={16} />} onClick={() => onAction('delete', exhibition)}>
              {t('exhibitions:actions.delete')}
            </Button>
          </Group>
          <Divider />
          <Title order={3} fz="md">
            {t('fields.items')}
          </Title>
          <ItemsTable exhibition={exhibition} onResolve={(item) => onResolve(exhibition, item)} />
          <Divider />
          <ExhibitionSheet exhibition={exhibition} />
        </Stack>
      )}
    </AppDrawer>
  );
}
