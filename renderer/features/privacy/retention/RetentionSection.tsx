import { useState } from 'react';
import { Alert, Badge, Button, Card, Group, NumberInput, ScrollArea, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconEye, IconHistory, IconShieldLock, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import {
  RETENTION_READERS,
  RETENTION_RULE_DESCRIPTIONS,
  RETENTION_RULE_EDITORS,
  RETENTION_RULE_KINDS,
  RETENTION_RUNNERS,
  RETENTION_TERM_LIMITS,
  type RetentionPreview,
  type RetentionRuleKind,
  type RetentionRules,
  type RetentionRunKind,
  type RetentionRunSummary,
} from '../../../../shared/domain/privacy/retention';
import type { Role } from '../../../../shared/domain/roles';
import { apiErrorOf } from '../../../api/client';
import { AppModal } from '../../../components/AppModal';
import { QueryContent } from '../../../components/QueryContent';
import { QueryFailure } from '../../../components/QueryFailure';
import { formatFullDate } from '../../../dates/date-text';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { showServerError } from '../../../forms/server-errors';
import { isLanguage } from '../../../i18n/language';
import { useFormatters } from '../../../i18n/format';
import { useSession } from '../../../shell/session-context';
import { useRetentionHistory, useRetentionPreview, useRetentionRules, useRetentionStatus, useRunRetention, useSaveRetentionTerm } from './queries';

function hasAny(roles: readonly Role[], allowed: readonly Role[]): boolean {
  return roles.some((role) => allowed.includes(role));
}

function isRunKind(kind: RetentionRuleKind): kind is RetentionRunKind {
  return kind !== 'pupilAnswers';
}

function useLanguage(): 'fr' | 'en' {
  const { i18n } = useTranslation();
  return isLanguage(i18n.language) ? i18n.language : 'fr';
}

/**
 * Settings → Protection des données → « Durées de conservation » (issue 20): each rule with its term and legal
 * basis; for the rules this user may run, what is past its term, a preview of what would be erased and, after a
 * typed confirmation, the run; then the runs made so far. The server checks every role again.
 */
export function RetentionSection() {
  const { t } = useTranslation();
  const { user } = useSession();
  const readable = hasAny(user.roles, RETENTION_READERS);
  const rules = useRetentionRules();
  if (!readable) return null;
  return (
    <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="retention-title">
      <Group gap="sm" mb="xs" wrap="nowrap">
        <IconShieldLock size={22} stroke={1.6} aria-hidden="true" />
        <Title order={2} fz="lg" id="retention-title">
          {t('retention:title')}
        </Title>
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {t('retention:intro')}
      </Text>
      <QueryContent query={rules}>
        {(data) => (
          <Stack gap="lg">
            {RETENTION_RULE_KINDS.map((kind) => (
              <RuleCard key={kind} kind={kind} rules={data} roles={user.roles} />
            ))}
            <RunHistory />
          </Stack>
        )}
      </QueryContent>
    </Card>
  );
}

function RuleCard({ kind, rules, roles }: { kind: RetentionRuleKind; rules: RetentionRules; roles: readonly Role[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const description = RETENTION_RULE_DESCRIPTIONS[kind];
  return (
    <Card withBorder radius="md" padding="md" component="article" aria-labelledby={`retention-rule-${kind}`} data-testid={`retention-rule-${kind}`}>
      <Stack gap="xs">
        <Group justify="space-between" wrap="wrap">
          <Title order={3} fz="md" id={`retention-rule-${kind}`}>
            {t(`retention:kinds.${kind}`)}
          </Title>
          {isRunKind(kind) ? (
            <Badge variant="light">{t('retention:termYears', { count: rules[kind].termYears })}</Badge>
          ) : (
            <Badge variant="light" color="gray">
              {t('retention:noRun')}
            </Badge>
          )}
        </Group>
        <Text size="sm">{description.scope[language]}</Text>
        <Text size="sm">{description.startsFrom[language]}</Text>
        <Text size="xs" c="dimmed">
          <Text span fw={600} size="xs">
            {t('retention:legalBasis')}
          </Text>{' '}
          {description.legalBasis[language]}
        </Text>
        {description.effect && (
          <Text size="xs" c="dimmed">
            <Text span fw={600} size="xs">
              {t('retention:effect')}
            </Text>{' '}
            {description.effect[language]}
          </Text>
        )}
        {isRunKind(kind) && hasAny(roles, RETENTION_RULE_EDITORS[kind]) && <TermForm kind={kind} current={rules[kind].termYears} />}
        {isRunKind(kind) && hasAny(roles, RETENTION_RUNNERS[kind]) && <RunPanel kind={kind} />}
      </Stack>
    </Card>
  );
}

function TermForm({ kind, current }: { kind: RetentionRunKind; current: number }) {
  const { t } = useTranslation();
  const save = useSaveRetentionTerm();
  const [value, setValue] = useState<number | string>(current);
  const [error, setError] = useState<string | null>(null);
  const { min, max } = RETENTION_TERM_LIMITS[kind];
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    try {
      await save.mutateAsync({ kind, termYears: value === '' ? (undefined as unknown as number) : Number(value) });
      notifySuccess(t('retention:saved'));
    } catch (failure) {
      const apiError = apiErrorOf(failure);
      const field = apiError.fields?.find((f) => f.path === 'termYears');
      if (field) setError(t('retention:termInvalid', { min, max }));
      else showServerError(t, apiError);
    }
  };
  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('retention:termLabel')}
          description={t('retention:termHint', { min, max })}
          min={min}
          max={max}
          allowDecimal={false}
          clampBehavior="none"
          value={value}
          onChange={setValue}
          error={error}
          maw={280}
          data-testid={`retention-term-${kind}`}
        />
        <Button type="submit" variant="light" loading={save.isPending} disabled={Number(value) === current}>
          {t('retention:saveTerm')}
        </Button>
      </Group>
    </form>
  );
}

/** What is past its term now, the preview on demand, and the confirmed run. */
function RunPanel({ kind }: { kind: RetentionRunKind }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const status = useRetentionStatus();
  const [previewing, setPreviewing] = useState(false);
  const preview = useRetentionPreview(kind, previewing);
  const [confirming, setConfirming] = useState(false);
  const [result, setResult] = useState<RetentionRunSummary | null>(null);
  const kindStatus = status.data?.kinds.find((k) => k.kind === kind);

  const showPreview = () => {
    setResult(null);
    if (previewing) void preview.refetch();
    else setPreviewing(true);
  };

  return (
    <Stack gap="sm" mt="xs">
      {status.isError && <QueryFailure error={status.error} onRetry={() => void status.refetch()} />}
      {kindStatus && (
        <Text size="sm" fw={600} data-testid={`retention-due-${kind}`}>
          {kindStatus.dueCount === 0
            ? t(`retention:nothingDue.${kind}`, { cutoff: formatFullDate(kindStatus.cutoff, language) })
            : t(`retention:due.${kind}`, { count: kindStatus.dueCount, cutoff: formatFullDate(kindStatus.cutoff, language) })}
        </Text>
      )}
      <Group>
        <Button variant="default" leftSection={<IconEye size={16} stroke={1.7} />} onClick={showPreview} loading={preview.isFetching}>
          {t('retention:showPreview')}
        </Button>
      </Group>
      {result && (
        <Alert color="teal" variant="light" role="status" data-testid={`retention-result-${kind}`}>
          {t(`retention:result.${kind}`, { count: result.erasedCount, people: result.peopleCount })}
        </Alert>
      )}
      {previewing && preview.isError && <QueryFailure error={preview.error} onRetry={() => void preview.refetch()} />}
      {previewing && preview.data && !result && (
        <PreviewList preview={preview.data} onErase={() => setConfirming(true)} />
      )}
      {preview.data && (
        <ConfirmRunModal
          opened={confirming}
          preview={preview.data}
          onClose={() => setConfirming(false)}
          onDone={(run) => {
            setConfirming(false);
            setResult(run);
            setPreviewing(false);
          }}
          onStale={() => {
            setConfirming(false);
            void preview.refetch();
          }}
        />
      )}
    </Stack>
  );
}

function PreviewList({ preview, onErase }: { preview: RetentionPreview; onErase(): void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const fmt = useFormatters();
  if (preview.count === 0) {
    return (
      <Alert color="gray" variant="light" data-testid={`retention-preview-${preview.kind}`}>
        {t(`retention:previewEmpty.${preview.kind}`, { cutoff: formatFullDate(preview.cutoff, language) })}
      </Alert>
    );
  }
  return (
    <Stack gap="xs" data-testid={`retention-preview-${preview.kind}`}>
      <Text size="sm">
        {t(`retention:previewCount.${preview.kind}`, {
          count: preview.count,
          people: preview.peopleCount,
          cutoff: formatFullDate(preview.cutoff, language),
        })}
      </Text>
      <ScrollArea.Autosize mah={320} type="auto" offsetScrollbars>
        <Table striped highlightOnHover stickyHeader>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t(`retention:columns.label.${preview.kind}`)}</Table.Th>
              <Table.Th>{t('retention:columns.lastActivity')}</Table.Th>
              {preview.kind === 'housingRecords' && <Table.Th ta="right">{t('retention:columns.people')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.candidates.map((candidate) => (
              <Table.Tr key={candidate.id}>
                <Table.Td>{candidate.label}</Table.Td>
                <Table.Td>{formatFullDate(candidate.lastActivity, language)}</Table.Td>
                {preview.kind === 'housingRecords' && <Table.Td ta="right">{fmt.number(candidate.people)}</Table.Td>}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollArea.Autosize>
      <Group>
        <Button color="red" leftSection={<IconTrash size={16} stroke={1.7} />} onClick={onErase}>
          {t(`retention:erase.${preview.kind}`, { count: preview.count })}
        </Button>
      </Group>
    </Stack>
  );
}

/** The typed confirmation: the word « EFFACER » (« ERASE ») must be typed before the red button works. */
function ConfirmRunModal({
  opened,
  preview,
  onClose,
  onDone,
  onStale,
}: {
  opened: boolean;
  preview: RetentionPreview;
  onClose(): void;
  onDone(run: RetentionRunSummary): void;
  onStale(): void;
}) {
  const { t } = useTranslation();
  const run = useRunRetention();
  const [typed, setTyped] = useState('');
  const word = t('retention:confirm.word');
  const matches = typed.trim().toLocaleUpperCase() === word;
  const close = () => {
    setTyped('');
    onClose();
  };
  const confirm = async () => {
    try {
      const done = await run.mutateAsync({ kind: preview.kind, token: preview.token });
      setTyped('');
      notifySuccess(t(`retention:result.${preview.kind}`, { count: done.erasedCount, people: done.peopleCount }));
      onDone(done);
    } catch (failure) {
      const apiError = apiErrorOf(failure);
      notifyError(t, apiError);
      setTyped('');
      if (apiError.code === 'CONFLICT') onStale();
    }
  };
  return (
    <AppModal opened={opened} onClose={close} title={t(`retention:confirm.title.${preview.kind}`)} size="md">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (matches) void confirm();
        }}
      >
        <Stack gap="sm">
          <Text size="sm">{t(`retention:confirm.message.${preview.kind}`, { count: preview.count, people: preview.peopleCount })}</Text>
          <Text size="sm" fw={600}>
            {t('retention:confirm.irreversible')}
          </Text>
          <TextInput
            label={t('retention:confirm.typeLabel', { word })}
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
            autoComplete="off"
            data-autofocus
            data-testid="retention-confirm-word"
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close} disabled={run.isPending}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red" disabled={!matches} loading={run.isPending}>
              {t(`retention:erase.${preview.kind}`, { count: preview.count })}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function RunHistory() {
  const { t } = useTranslation();
  const language = useLanguage();
  const fmt = useFormatters();
  const history = useRetentionHistory();
  return (
    <Stack gap="xs" component="section" aria-labelledby="retention-history-title">
      <Group gap="xs">
        <IconHistory size={18} stroke={1.6} aria-hidden="true" />
        <Title order={3} fz="md" id="retention-history-title">
          {t('retention:history.title')}
        </Title>
      </Group>
      <QueryContent query={history}>
        {(runs) =>
          runs.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('retention:history.empty')}
            </Text>
          ) : (
            <ScrollArea.Autosize mah={280} type="auto">
              <Table striped data-testid="retention-history">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('retention:history.when')}</Table.Th>
                    <Table.Th>{t('retention:history.rule')}</Table.Th>
                    <Table.Th>{t('retention:history.cutoff')}</Table.Th>
                    <Table.Th ta="right">{t('retention:history.erased')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {runs.map((run) => (
                    <Table.Tr key={run.id}>
                      <Table.Td>{fmt.dateTime(run.ranAt)}</Table.Td>
                      <Table.Td>
                        {t(`retention:kinds.${run.kind}`)} · {t('retention:termYears', { count: run.termYears })}
                      </Table.Td>
                      <Table.Td>{formatFullDate(run.cutoff, language)}</Table.Td>
                      <Table.Td ta="right">{t(`retention:result.${run.kind}`, { count: run.erasedCount, people: run.peopleCount })}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollArea.Autosize>
          )
        }
      </QueryContent>
    </Stack>
  );
}
