import { useMemo, type RefObject } from 'react';
import { Alert, Badge, Button, Card, Group, List, Loader, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconCalendarCheck, IconCalendarX, IconInfoCircle, IconRoute } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../../../shared/domain/dates';
import { QueryFailure } from '../../../components/QueryFailure';
import { isLanguage, type Language } from '../../../i18n/language';
import {
  answerDates,
  choiceOf,
  choiceRange,
  datesIssue,
  loanDraft,
  type DatesChoice,
  type ExhibitionAnswer,
  type LoanRequestDraft,
} from './availability-model';
import { formatDateRange } from '../../../dates/date-text';
import { useLoanAvailability } from './queries';
import { useHolidays } from '../../calendar';
import { schoolDayTest } from '../../../../shared/domain/calendar/school-days';

interface DatesFirstPanelProps {
  choice: DatesChoice;
  onChoice(choice: DatesChoice): void;
  today: string;
  onRequestLoan(draft: LoanRequestDraft): void;
  /** The panel's heading, focused when a week chosen in the grid fills the dates. */
  headingRef: RefObject<HTMLHeadingElement | null>;
}

/**
 * "Choisir les dates d'abord": two dates, then every exhibition that can be lent, free or not for them, with
 * what is in the way and the nearest free periods.
 */
export function DatesFirstPanel({ choice, onChoice, today, onRequestLoan, headingRef }: DatesFirstPanelProps) {
  const { t, i18n } = useTranslation();
  const language: Language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const issue = datesIssue(choice);
  const range = useMemo(() => (issue ? null : choiceRange(choice)), [issue, choice]);
  const availability = useLoanAvailability(range);
  const holidays = useHolidays(range);
  const usableDay = useMemo(() => schoolDayTest(holidays.data ?? []), [holidays.data]);
  const answer = useMemo(
    () => (availability.data && range && !issue ? answerDates(availability.data, choice, range, today, usableDay) : null),
    [availability.data, range, issue, choice, today, usableDay],
  );
  const days = issue ? 0 : daysBetween(choice.deliveryDate, choice.pickupDate) + 1;
  const freeCount = answer?.loanable.filter((item) => item.free).length ?? 0;

  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="availability-dates-first">
      <Stack gap="md">
        <div>
          <Title order={2} fz="lg" id="availability-dates-first" ref={headingRef} tabIndex={-1} style={{ scrollMarginTop: 'calc(var(--app-shell-header-offset, 64px) + 16px)' }}>
            {t('availability:datesFirst.title')}
          </Title>
          <Text size="sm" c="dimmed" mt={4}>
            {t('availability:datesFirst.intro')}
          </Text>
        </div>
        <Group gap="md" align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            w={190}
            label={t('availability:datesFirst.delivery')}
            description={t('availability:datesFirst.deliveryHint')}
            value={choice.deliveryDate}
            onChange={(event) => onChoice({ ...choice, deliveryDate: event.currentTarget.value })}
            error={issue === 'missingDelivery' ? t('availability:datesFirst.issues.missingDelivery') : undefined}
          />
          <TextInput
            type="date"
            w={190}
            label={t('availability:datesFirst.pickup')}
            description={t('availability:datesFirst.pickupHint')}
            value={choice.pickupDate}
            min={choice.deliveryDate || undefined}
            onChange={(event) => onChoice({ ...choice, pickupDate: event.currentTarget.value })}
            error={
              issue === 'missingPickup' || issue === 'pickupBeforeDelivery' || issue === 'tooLong'
                ? t(`availability:datesFirst.issues.${issue}`)
                : undefined
            }
          />
          {!issue && (
            <Stack gap={2} pt={46} aria-live="polite">
              <Text size="sm" fw={600}>
                {formatDateRange(choice.deliveryDate, choice.pickupDate, language)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('availability:datesFirst.length', { count: days })}
              </Text>
            </Stack>
          )}
        </Group>

        {availability.isError && <QueryFailure error={availability.error} onRetry={() => void availability.refetch()} />}
        {!issue && !answer && availability.isPending && (
          <Group gap="xs" role="status">
            <Loader size="xs" />
            <Text size="sm" c="dimmed">
              {t('availability:datesFirst.loading')}
            </Text>
          </Group>
        )}
        {answer && (
          <Stack gap="sm">
            {answer.loanable.length === 0 ? (
              <Alert variant="light" color="gray" icon={<IconInfoCircle size={18} />}>
                {t('availability:datesFirst.noExhibition')}
              </Alert>
            ) : (
              <>
                <Text size="sm" fw={600} role="status" aria-live="polite">
                  {t('availability:datesFirst.count', { free: freeCount, count: answer.loanable.length })}
                </Text>
                <Stack gap="xs" component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label={t('availability:datesFirst.listLabel')}>
                  {answer.loanable.map((item) => (
                    <ExhibitionLine
                      key={item.exhibition.id}
                      item={item}
                      language={language}
                      stale={availability.isPlaceholderData}
                      onRequest={() => onRequestLoan(loanDraft(item.exhibition.id, choice))}
                      onChoice={onChoice}
                      choice={choice}
                    />
                  ))}
                </Stack>
              </>
            )}
            {answer.guidedCircuits.length > 0 && (
              <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-default-hover)">
                <Group gap="xs" wrap="nowrap" align="flex-start">
                  <IconRoute size={18} stroke={1.6} aria-hidden="true" style={{ flexShrink: 0, marginTop: 2 }} />
                  <div>
                    <Text size="sm" fw={600}>
                      {t('availability:guided.title')}
                    </Text>
                    <List size="sm" spacing={2} mt={2}>
                      {answer.guidedCircuits.map((circuit) => (
                        <List.Item key={circuit.id}>
                          {circuit.title} — <Text span c="dimmed" size="sm">{t('availability:guided.note')}</Text>
                        </List.Item>
                      ))}
                    </List>
                  </div>
                </Group>
              </Paper>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

interface ExhibitionLineProps {
  item: ExhibitionAnswer;
  choice: DatesChoice;
  language: Language;
  /** The answer shown is for the previous dates while the new one loads: buttons wait. */
  stale: boolean;
  onRequest(): void;
  onChoice(choice: DatesChoice): void;
}

function ExhibitionLine({ item, choice, language, stale, onRequest, onChoice }: ExhibitionLineProps) {
  const { t } = useTranslation();
  const { exhibition } = item;
  const range = formatDateRange(choice.deliveryDate, choice.pickupDate, language);
  return (
    <Paper component="li" withBorder radius="md" p="sm" style={{ opacity: stale ? 0.6 : 1 }}>
      <Group justify="space-between" align="center" wrap="nowrap" gap="md">
        <Stack gap={4} miw={0}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>{exhibition.title}</Text>
            {item.free ? (
              <Badge color="teal" variant="light" leftSection={<IconCalendarCheck size={14} aria-hidden="true" />}>
                {t('availability:datesFirst.free')}
              </Badge>
            ) : (
              <Badge color="orange" variant="light" leftSection={<IconCalendarX size={14} aria-hidden="true" />}>
                {t('availability:datesFirst.busy')}
              </Badge>
            )}
          </Group>
          {item.inTheWay.map((loan) => (
            <Text key={loan.id} size="sm">
              {t('availability:datesFirst.inTheWay', {
                borrower: loan.borrowerName,
                range: formatDateRange(loan.deliveryDate, loan.pickupDate, language),
                status: t(`availability:statuses.${loan.status}`),
              })}
            </Text>
          ))}
          {!item.free && exhibition.bufferDays > 0 && (
            <Text size="xs" c="dimmed">
              {t('availability:datesFirst.buffer', { count: exhibition.bufferDays })}
            </Text>
          )}
          {item.suggestions.length > 0 && (
            <Group gap="xs" mt={2} wrap="wrap">
              <Text size="xs" c="dimmed">
                {t('availability:datesFirst.suggestions')}
              </Text>
              {item.suggestions.map((span) => {
                const label = formatDateRange(span.start, span.end, language);
                return (
                  <Button
                    key={span.start}
                    size="compact-xs"
                    variant="default"
                    aria-label={t('availability:datesFirst.useSuggestion', { range: label })}
                    onClick={() => onChoice(choiceOf(span))}
                  >
                    {label}
                  </Button>
                );
              })}
            </Group>
          )}
        </Stack>
        {item.free && (
          <Button
            size="sm"
            style={{ flexShrink: 0 }}
            disabled={stale}
            onClick={onRequest}
            aria-label={t('availability:datesFirst.requestFor', { title: exhibition.title, range })}
          >
            {t('availability:datesFirst.request')}
          </Button>
        )}
      </Group>
    </Paper>
  );
}
