import { useMemo, useState } from 'react';
import { Alert, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { QueryFailure } from '../../../components/QueryFailure';
import { isLanguage } from '../../../i18n/language';
import type { AnalysisCounts, AnalysisGroup } from '../../../../shared/domain/questionnaires/analysis';
import { CountCards } from './CountCards';
import { ExportButtons } from './ExportButtons';
import { FeedbackPanel } from './FeedbackPanel';
import { GroupsTable, groupAdministrationId } from './GroupsTable';
import { NoAnswers } from './NoAnswers';
import { PairingReviewDrawer } from './PairingReviewDrawer';
import { ChangeSection } from './ChangeSection';
import { useAnalysis, useResultTemplates } from './results-queries';
import { defaultTemplateId, pupilTemplates, readSelection, scopeOf, selectionParams, type ScopeSelection } from './scope-model';
import { ScopePicker } from './ScopePicker';
import { statFormat } from './stat-format';

/** Nothing entered in the scope: not a single form before or after. */
function hasNoForms(counts: AnalysisCounts): boolean {
  return 'value' in counts.before && counts.before.value === 0 && 'value' in counts.after && counts.after.value === 0;
}

function linkedId(value: string | null): number | null {
  const id = Number(value);
  return value !== null && Number.isSafeInteger(id) && id > 0 ? id : null;
}

/**
 * The "Résultats" tab (coordinators): choose a pupil questionnaire and a scope; see the forms and pairs with
 * the match rate, the change by dimension (plain sentence, chart, table) and by question, the classes with
 * their pairing review, the satisfaction and teacher feedback, and the exports. The choice lives in the
 * address, so a reload or a link shows the same results.
 */
export function ResultsTab() {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = useMemo(() => dayjs().format('YYYY-MM-DD'), []);
  const selection = readSelection(params, today);
  const scope = scopeOf(selection);
  const templates = useResultTemplates();
  const pupil = useMemo(() => pupilTemplates(templates.data ?? []), [templates.data]);
  const templateId = defaultTemplateId(pupil, linkedId(params.get('template')));
  const analysis = useAnalysis(templateId, scope);
  const language = isLanguage(i18n.language) ? i18n.language : 'fr';
  const format = useMemo(() => statFormat(language), [language]);
  // The class open in the pairing review, and the classes its "Suivant" / "Précédent" walk through (frozen when
  // the review opens: a class whose pairs are all decided stays in the walk).
  const [reviewing, setReviewing] = useState<{ current: number; classes: number[] } | null>(null);

  const show = (next: { templateId?: number; selection?: ScopeSelection }) => {
    const chosen = next.templateId ?? templateId;
    setParams({ tab: 'results', ...(chosen === null ? {} : { template: String(chosen) }), ...selectionParams(next.selection ?? selection) });
  };

  const data = analysis.data;
  const pendingGroups = (data?.groups ?? []).filter((group) => group.counts.pendingCandidates > 0 && groupAdministrationId(group) !== null);
  const review = (group: AnalysisGroup) => {
    const opened = groupAdministrationId(group);
    if (opened === null) return;
    const classes = (data?.groups ?? [])
      .filter((candidate) => candidate === group || candidate.counts.pendingCandidates > 0)
      .map(groupAdministrationId)
      .filter((id): id is number => id !== null);
    setReviewing({ current: opened, classes });
  };
  const showClass = (id: number) =>
    setReviewing((open) => (open === null ? { current: id, classes: [id] } : { current: id, classes: open.classes.includes(id) ? open.classes : [...open.classes, id] }));
  // The next class to check after the one open (the analysis is read again after each decision).
  const nextPending = pendingGroups.find((group) => groupAdministrationId(group) !== reviewing?.current);

  return (
    <Stack gap="lg">
      {templates.isError && <QueryFailure error={templates.error} onRetry={() => void templates.refetch()} />}
      <ScopePicker
        templates={pupil}
        templateId={templateId}
        onTemplate={(id) => show({ templateId: id })}
        selection={selection}
        onSelection={(next) => show({ selection: next })}
        today={today}
      />
      {templates.data && pupil.length === 0 && (
        <Alert color="gray" variant="light" icon={<IconInfoCircle size={18} />}>
          {t('questionnaireResults:empty.noTemplate')}
        </Alert>
      )}
      {scope === null && (
        <Alert color="blue" variant="light" icon={<IconInfoCircle size={18} />} data-testid="scope-incomplete">
          {t(`questionnaireResults:empty.choose.${selection.kind}`)}
        </Alert>
      )}
      {scope !== null && analysis.isError && <QueryFailure error={analysis.error} onRetry={() => void analysis.refetch()} />}
      {((scope !== null && templateId !== null && analysis.isLoading) || templates.isLoading) && (
        <Group gap="sm">
          <Loader size="sm" />
          <Text size="sm" c="dimmed">
            {t('questionnaireResults:loading')}
          </Text>
        </Group>
      )}
      {scope !== null && data && templateId !== null && (
        <Stack gap="xl" style={{ opacity: analysis.isPlaceholderData ? 0.55 : 1, transition: 'opacity 150ms' }} aria-busy={analysis.isFetching}>
          <Group justify="space-between" align="flex-end" gap="sm">
            <Stack gap={2}>
              <Title order={2} size="h3" data-testid="results-title">
                {data.template.name}
              </Title>
              <Text c="dimmed" size="sm" data-testid="results-scope">
                {data.scopeLabel === '' ? t('questionnaireResults:scope.wholeProgramme') : data.scopeLabel}
              </Text>
            </Stack>
            <ExportButtons templateId={templateId} scope={scope} hasForms={!hasNoForms(data.counts)} />
          </Group>
          <CountCards counts={data.counts} format={format} onReview={pendingGroups[0] ? () => review(pendingGroups[0]!) : undefined} />
          {hasNoForms(data.counts) && <NoAnswers onEntry={() => setParams({})} />}
          {!hasNoForms(data.counts) && <ChangeSection analysis={data} format={format} language={language} />}
          {data.groups.length > 0 && (
            <Stack gap="sm">
                <Title order={3}>{t('questionnaireResults:groups.title')}</Title>
                <Text size="sm" c="dimmed">
                  {t('questionnaireResults:groups.help')}
                </Text>
                <GroupsTable groups={data.groups} format={format} onReview={review} />
            </Stack>
          )}
          <FeedbackPanel scope={scope} format={format} />
        </Stack>
      )}
      <PairingReviewDrawer
        administrationId={reviewing?.current ?? null}
        classes={reviewing?.classes ?? []}
        format={format}
        onClose={() => setReviewing(null)}
        onShow={showClass}
        onNext={nextPending ? () => showClass(groupAdministrationId(nextPending)!) : undefined}
      />
    </Stack>
  );
}
