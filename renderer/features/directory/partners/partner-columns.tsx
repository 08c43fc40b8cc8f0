import { useMemo } from 'react';
import { Badge, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/api/contract';
import type { Partner } from '../../../../shared/domain/directory';
import type { DataColumn } from '../../../components/data-table/DataTable';

export type PartnerSortColumn = NonNullable<InputOf<'partners', 'list'>['sortBy']>;

/** E-mail above phone, or a dash. */
export function ReachCell({ email, phone }: { email: string; phone: string }) {
  if (!email && !phone) {
    return (
      <Text size="sm" c="dimmed">
        —
      </Text>
    );
  }
  return (
    <Stack gap={0}>
      {email && <Text size="sm">{email}</Text>}
      {phone && (
        <Text size="xs" c="dimmed">
          {phone}
        </Text>
      )}
    </Stack>
  );
}

export function usePartnerColumns(): DataColumn<Partner, PartnerSortColumn>[] {
  const { t } = useTranslation();
  return useMemo(() => {
    const columns: DataColumn<Partner, PartnerSortColumn>[] = [
      {
        key: 'name',
        header: t('directory.partners.columns.name'),
        sortColumn: 'name',
        render: (partner) => (
          <Text size="sm" fw={600}>
            {partner.name}
          </Text>
        ),
      },
      {
        key: 'kind',
        header: t('directory.partners.columns.kind'),
        sortColumn: 'kind',
        render: (partner) => (
          <Badge size="sm" variant="light" color={partner.kind === 'integration_centre' ? 'liege' : 'meuse'}>
            {t(`partnerKinds.${partner.kind}`)}
          </Badge>
        ),
      },
      {
        key: 'contactName',
        header: t('directory.partners.columns.contactName'),
        render: (partner) => <Text size="sm">{partner.contactName || '—'}</Text>,
      },
      {
        key: 'reach',
        header: t('directory.partners.columns.reach'),
        render: (partner) => <ReachCell email={partner.email} phone={partner.phone} />,
      },
    ];
    return columns;
  }, [t]);
}
