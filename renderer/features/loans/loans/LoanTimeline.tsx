import { Badge, Group, List, Stack, Text, Timeline } from '@mantine/core';
import { IconBan, IconFilePlus, IconPackageExport, IconPackageImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Loan, LoanCheck } from '../../../../shared/domain/loans/loans';
import { currentLanguage } from '../../../i18n';
import { useFormatters } from '../../../i18n/format';
import { loanDay } from '../model/loan-text';

const CONDITION_COLOURS = { good: 'teal', damaged: 'orange', missing: 'red' } as const;

function CheckBody({ check }: { check: LoanCheck }) {
  const { t } = useTranslation();
  const notGood = check.items.filter((item) => item.condition !== 'good');
  return (
    <Stack gap={4} mt={4}>
      <Text size="sm" c="dimmed">
        {t('exhibitions:timeline.checkedBy', { name: check.checkedBy, count: check.items.length })}
      </Text>
      {notGood.length === 0 ? (
        <Text size="sm">{t('exhibitions:timeline.allGood')}</Text>
      ) : (
        <List size="sm" spacing={2}>
          {notGood.map((item) => (
            <List.Item key={item.itemId}>
              <Group gap={6} wrap="wrap">
                <Text size="sm" span>
                  {t('exhibitions:items.numbered', { number: item.number, label: item.label })}
                </Text>
                <Badge size="sm" variant="light" color={CONDITION_COLOURS[item.condition]}>
                  {t(`exhibitions:conditions.${item.condition}`)}
                </Badge>
                {item.note && (
                  <Text size="sm" c="dimmed" span>
                    {item.note}
                  </Text>
                )}
              </Group>
            </List.Item>
          ))}
        </List>
      )}
      {check.notes && (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {check.notes}
        </Text>
      )}
    </Stack>
  );
}

/** What happened to the loan: the request, the check at delivery, the check at return (or why it stopped). */
export function LoanTimeline({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const language = currentLanguage();
  const delivery = loan.checks.find((check) => check.phase === 'delivery');
  const back = loan.checks.find((check) => check.phase === 'return');
  const stopped = loan.status === 'refused' || loan.status === 'cancelled';
  const reached = 1 + (delivery ? 1 : 0) + (back ? 1 : 0) + (stopped ? 1 : 0);

  return (
    <Timeline active={reached - 1} bulletSize={26} lineWidth={2} color="meuse">
      <Timeline.Item bullet={<IconFilePlus size={14} />} title={t('exhibitions:timeline.requested')}>
        <Text size="sm" c="dimmed">
          {format.dateTime(loan.createdAt)}
        </Text>
      </Timeline.Item>
      {stopped && (
        <Timeline.Item bullet={<IconBan size={14} />} color="gray" title={t(`exhibitions:timeline.${loan.status}`)}>
          <Text size="sm">{loan.statusReason}</Text>
        </Timeline.Item>
      )}
      {!stopped && (
        <Timeline.Item
          bullet={<IconPackageExport size={14} />}
          title={delivery ? t('exhibitions:timeline.delivered', { day: loanDay(delivery.date, language) }) : t('exhibitions:timeline.deliveryPlanned', { day: loanDay(loan.deliveryDate, language) })}
        >
          {delivery && <CheckBody check={delivery} />}
        </Timeline.Item>
      )}
      {!stopped && (
        <Timeline.Item
          bullet={<IconPackageImport size={14} />}
          title={back ? t('exhibitions:timeline.returned', { day: loanDay(back.date, language) }) : t('exhibitions:timeline.pickupPlanned', { day: loanDay(loan.pickupDate, language) })}
        >
          {back && <CheckBody check={back} />}
        </Timeline.Item>
      )}
    </Timeline>
  );
}
