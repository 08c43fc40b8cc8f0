import { Badge, Group, List, Stack, Text, Timeline } from '@mantine/core';
import { IconBan, IconCheck, IconFilePlus, IconPackageExport, IconPackageImport, IconHourglass } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Loan, LoanCheck, LoanDecision } from '../../../../shared/domain/loans/loans';
import { currentLanguage } from '../../../i18n';
import { useFormatters } from '../../../i18n/format';
import { loanDay } from '../model/loan-text';

const CONDITION_COLOURS = { good: 'teal', damaged: 'orange', missing: 'red' } as const;

/** "Approuvé par Anne Dupont le 6 déc. 2026, 10:12": who and when, or only when for an unsigned old record. */
function Signed({ kind, name, at }: { kind: LoanDecision['decision'] | LoanCheck['phase']; name: string; at: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  const when = format.dateTime(at);
  return (
    <Text size="sm" c="dimmed">
      {name ? t(`exhibitions:timeline.signed.${kind}`, { name, when }) : t('exhibitions:timeline.unsigned', { when })}
    </Text>
  );
}

function CheckBody({ check }: { check: LoanCheck }) {
  const { t } = useTranslation();
  const notGood = check.items.filter((item) => item.condition !== 'good');
  return (
    <Stack gap={4} mt={4}>
      <Signed kind={check.phase} name={check.checkedBy} at={check.recordedAt} />
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

/**
 * What happened to the loan, each step signed and dated: the request, the approval, the check at delivery,
 * the check at return (or the refusal or cancellation, with its reason).
 */
export function LoanTimeline({ loan }: { loan: Loan }) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const decided = (kind: LoanDecision['decision']) => loan.decisions.filter((decision) => decision.decision === kind).at(-1);
  // A request first recorded as waiting (issue 17) shows that step, then the request once recorded.
  const waited = decided('waiting');
  const isWaiting = loan.status === 'waiting';
  const requested = decided('requested');
  const approved = decided('approved');
  const delivery = loan.checks.find((check) => check.phase === 'delivery');
  const back = loan.checks.find((check) => check.phase === 'return');
  const stopped = loan.status === 'refused' || loan.status === 'cancelled' ? loan.status : null;
  const stop = stopped ? decided(stopped) : undefined;
  const wasApproved = approved !== undefined || ['approved', 'delivered', 'returned'].includes(loan.status);
  const reached = (waited ? 1 : 0) + (isWaiting ? 0 : 1) + (wasApproved ? 1 : 0) + (delivery ? 1 : 0) + (back ? 1 : 0) + (stopped ? 1 : 0);

  return (
    <Timeline active={reached - 1} bulletSize={26} lineWidth={2} color="meuse">
      {waited && (
        <Timeline.Item bullet={<IconHourglass size={14} />} title={t('exhibitions:timeline.waiting')}>
          <Signed kind="waiting" name={waited.by} at={waited.at} />
        </Timeline.Item>
      )}
      {!isWaiting && (
        <Timeline.Item bullet={<IconFilePlus size={14} />} title={t('exhibitions:timeline.requested')}>
          <Signed kind="requested" name={requested?.by ?? ''} at={requested?.at ?? loan.createdAt} />
        </Timeline.Item>
      )}
      {wasApproved && (
        <Timeline.Item bullet={<IconCheck size={14} />} title={t('exhibitions:timeline.approved')}>
          {approved && <Signed kind="approved" name={approved.by} at={approved.at} />}
        </Timeline.Item>
      )}
      {stopped && (
        <Timeline.Item bullet={<IconBan size={14} />} color="gray" title={t(`exhibitions:timeline.${stopped}`)}>
          {stop && <Signed kind={stopped} name={stop.by} at={stop.at} />}
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
