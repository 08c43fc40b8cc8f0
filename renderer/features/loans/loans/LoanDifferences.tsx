import { Alert, List, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { LoanDifference } from '../../../../shared/domain/loans/loans';

/** What came back different from how it left: each item, its condition before and after, and the note. */
export function LoanDifferences({ differences }: { differences: readonly LoanDifference[] }) {
  const { t } = useTranslation();
  if (differences.length === 0) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('exhibitions:differences.title', { count: differences.length })} role="note">
      <List size="sm" spacing={4}>
        {differences.map((difference) => (
          <List.Item key={difference.itemId}>
            <Text size="sm" span fw={600}>
              {t('exhibitions:items.numbered', { number: difference.number, label: difference.label })}
            </Text>
            {' : '}
            {t('exhibitions:differences.change', {
              before: difference.atDelivery ? t(`exhibitions:conditions.${difference.atDelivery}`) : t('exhibitions:differences.notChecked'),
              after: t(`exhibitions:conditions.${difference.atReturn}`),
            })}
            {difference.note && (
              <Text size="sm" c="dimmed" span>
                {` — ${difference.note}`}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
      <Text size="sm" mt="xs">
        {t('exhibitions:differences.flagged')}
      </Text>
    </Alert>
  );
}
