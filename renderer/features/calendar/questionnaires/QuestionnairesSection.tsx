import { useId, useMemo, useState } from 'react';
import { Badge, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconClipboardText, IconFileTypePdf, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SchoolEvent } from '../../../../shared/domain/calendar/events';
import type { Administration } from '../../../../shared/domain/questionnaires/responses';
import type { AdministrationPhase } from '../../../../shared/domain/questionnaires/templates';
import { apiErrorOf } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { QueryFailure } from '../../../components/QueryFailure';
import { notifyError, notifySuccess } from '../../../forms/notify';
import { currentLanguage } from '../../../i18n';
import { ImportAnswersButton } from '../../questionnaires';
import { entryHref } from '../../questionnaires/links';
import { formatShortDate } from '../model/format-day';
import { AdministrationForm } from './AdministrationForm';
import { administrationsByClass, defaultCopies } from './administration-model';
import { PaperFormsPanel } from './PaperFormsPanel';
import { useAdministrations, useDeleteAdministration } from './queries';

type Panel = { kind: 'create'; phase: AdministrationPhase } | { kind: 'pdf'; id: number } | null;

interface QuestionnairesSectionProps {
  event: SchoolEvent;
  /** Coordinators delete administrations (with their forms); teachers create and print. */
  canDelete: boolean;
}

/** The questionnaires of an event, class by class: give one before or after, print its paper forms, enter them. */
export function QuestionnairesSection({ event, canDelete }: QuestionnairesSectionProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const administrations = useAdministrations(event.id);
  const remove = useDeleteAdministration(event.id);
  const [panel, setPanel] = useState<Panel>(null);
  const [deleting, setDeleting] = useState<Administration | null>(null);
  const groups = useMemo(() => administrationsByClass(event.classes, administrations.data ?? []), [event.classes, administrations.data]);
  const language = currentLanguage();
  const phaseLabel = (phase: AdministrationPhase) => t(`calendar:questionnaires.phases.${phase}`);
  const noClass = event.classes.length === 0;

  async function confirmDelete(): Promise<void> {
    if (!deleting) return;
    try {
      await remove.mutateAsync(deleting.id);
      notifySuccess(t('calendar:questionnaires.deleted', { phase: phaseLabel(deleting.phase), className: deleting.className }));
      setDeleting(null);
    } catch (error) {
      notifyError(t, apiErrorOf(error));
    }
  }

  const startButton = (phase: AdministrationPhase) => (
    <Button
      variant={panel?.kind === 'create' && panel.phase === phase ? 'filled' : 'light'}
      size="xs"
      leftSection={<IconPlus size={16} />}
      disabled={noClass}
      aria-expanded={panel?.kind === 'create' && panel.phase === phase}
      onClick={() => setPanel(panel?.kind === 'create' && panel.phase === phase ? null : { kind: 'create', phase })}
    >
      {t(phase === 'before' ? 'calendar:questionnaires.startBefore' : 'calendar:questionnaires.startAfter')}
    </Button>
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h4" id={headingId}>
        {t('calendar:questionnaires.title')}
      </Title>
      {noClass ? (
        <Text size="sm" c="dimmed">
          {t('calendar:questionnaires.noClass')}
        </Text>
      ) : (
        <Group gap="xs">
          {startButton('before')}
          {startButton('after')}
        </Group>
      )}
      {panel?.kind === 'create' && (
        <AdministrationForm key={panel.phase} event={event} phase={panel.phase} groups={groups} onDone={() => setPanel(null)} onCancel={() => setPanel(null)} />
      )}
      {administrations.isPending ? (
        <Skeleton height={48} radius="md" aria-label={t('calendar:questionnaires.loading')} />
      ) : administrations.isError ? (
        <QueryFailure error={administrations.error} onRetry={() => void administrations.refetch()} />
      ) : administrations.data.length === 0 ? (
        !noClass && (
          <Text size="sm" c="dimmed">
            {t('calendar:questionnaires.empty')}
          </Text>
        )
      ) : (
        groups.map((group) => (
          <Stack key={group.classId} gap={6}>
            <Text fw={600} size="sm">
              {group.className}
            </Text>
            {group.administrations.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('calendar:questionnaires.noneForClass')}
              </Text>
            ) : (
              group.administrations.map((administration) => {
                const date = formatShortDate(administration.date, language);
                const pdfOpen = panel?.kind === 'pdf' && panel.id === administration.id;
                return (
                  <Paper
                    key={administration.id}
                    withBorder
                    p="xs"
                    radius="md"
                    role="group"
                    aria-label={t('calendar:questionnaires.administrationLabel', { phase: phaseLabel(administration.phase), date, className: group.className })}
                  >
                    <Stack gap={6}>
                      <Group gap="xs" wrap="wrap">
                        <Badge variant="light" color={administration.phase === 'before' ? 'blue' : 'grape'}>
                          {phaseLabel(administration.phase)}
                        </Badge>
                        <Text size="sm">{date}</Text>
                        <Text size="sm" c="dimmed">
                          {t('calendar:questionnaires.responses', { count: administration.responseCount })}
                        </Text>
                      </Group>
                      <Text size="sm">
                        {t('calendar:questionnaires.templateLabel', { name: administration.templateName, version: administration.templateVersion })}
                      </Text>
                      <Group gap="xs">
                        <Button
                          variant={pdfOpen ? 'filled' : 'light'}
                          size="compact-sm"
                          leftSection={<IconFileTypePdf size={16} />}
                          aria-expanded={pdfOpen}
                          onClick={() => setPanel(pdfOpen ? null : { kind: 'pdf', id: administration.id })}
                        >
                          {t('calendar:questionnaires.pdf')}
                        </Button>
                        <Button component="a" href={entryHref(administration.id)} variant="light" size="compact-sm" leftSection={<IconClipboardText size={16} />}>
                          {t('calendar:questionnaires.enter')}
                        </Button>
                        <ImportAnswersButton administration={administration} size="compact-sm" />
                        {canDelete && (
                          <Button variant="subtle" color="red" size="compact-sm" leftSection={<IconTrash size={16} />} onClick={() => setDeleting(administration)}>
                            {t('calendar:questionnaires.delete')}
                          </Button>
                        )}
                      </Group>
                      {pdfOpen && (
                        <PaperFormsPanel administration={administration} defaultCopies={defaultCopies(event.classes, administration.classId)} onClose={() => setPanel(null)} />
                      )}
                    </Stack>
                  </Paper>
                );
              })
            )}
          </Stack>
        ))
      )}
      {deleting && (
        <ConfirmDialog
          opened
          danger
          title={t('calendar:questionnaires.deleteTitle')}
          message={t(deleting.responseCount === 0 ? 'calendar:questionnaires.deleteMessageEmpty' : 'calendar:questionnaires.deleteMessage', {
            phase: phaseLabel(deleting.phase),
            date: formatShortDate(deleting.date, language),
            className: deleting.className,
            count: deleting.responseCount,
          })}
          confirmLabel={t('calendar:questionnaires.deleteConfirm')}
          loading={remove.isPending}
          onConfirm={() => void confirmDelete()}
          onClose={() => setDeleting(null)}
        />
      )}
    </Stack>
  );
}
