import { useState } from 'react';
import { Badge, Button, Group, Paper, Progress, Stack, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ItemFeedback, TemplateFeedback } from '../../../../shared/domain/questionnaires/analysis';
import { segments } from './feedback-model';
import { itemWording } from './ItemTable';
import type { StatFormat } from './stat-format';
import { ByEventTable } from './ByEventTable';

/**
 * Satisfaction of pupils (their after-only questions) and the teachers' feedback, one block per form used
 * in the scope: how the answers spread over the scale, the mean, the comments; and per activity when the
 * scope covers several.
 */
export function FeedbackSection({ templates, format, perEvent }: { templates: readonly TemplateFeedback[]; format: StatFormat; perEvent: boolean }) {
  const { t } = useTranslation();
  if (templates.length === 0) {
    return (
      <Text size="sm" c="dimmed" data-testid="feedback-empty">
        {t('questionnaireResults:feedback.empty')}
      </Text>
    );
  }
  return (
    <Stack gap="lg" data-testid="feedback">
      {templates.map((template) => (
        <Paper key={template.templateId} withBorder p="md" radius="md" data-template={template.templateId} data-audience={template.audience}>
          <Stack gap="md">
            <Group justify="space-between" gap="sm">
              <Group gap="xs">
                <Title order={4}>{template.templateName}</Title>
                <Badge variant="light" color={template.audience === 'pupil' ? 'blue' : 'grape'}>
                  {t(`questionnaireResults:feedback.audience.${template.audience}`)}
                </Badge>
              </Group>
              <Text size="sm" c="dimmed">
                {t('questionnaireResults:feedback.responses', { value: format.count(template.responses) })}
              </Text>
            </Group>
            {template.items.map((item) => (item.answerType === 'free_text' ? <Comments key={item.itemId} item={item} /> : <ItemDistribution key={item.itemId} item={item} format={format} />))}
            {perEvent && template.byEvent.length > 0 && <ByEventTable rows={template.byEvent} format={format} />}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}

function ItemDistribution({ item, format }: { item: ItemFeedback; format: StatFormat }) {
  const { t, i18n } = useTranslation();
  const parts = segments(item, i18n.language);
  const suppressed = 'lessThan' in item.answered;
  return (
    <Stack gap={4} data-feedback-item={item.position}>
      <Group justify="space-between" gap="sm" wrap="nowrap" align="flex-start">
        <Text size="sm" fw={500}>
          {item.position}. {itemWording(item, i18n.language)}
        </Text>
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap' }} data-testid="feedback-mean">
          {[
            item.mean !== null && item.scale ? t('questionnaireResults:feedback.mean', { mean: format.mean(item.mean), max: format.integer(item.scale.max) }) : null,
            t('questionnaireResults:feedback.answered', { value: format.count(item.answered) }),
          ]
            .filter((part) => part !== null)
            .join(' · ')}
        </Text>
      </Group>
      {suppressed ? (
        <Text size="sm" c="dimmed">
          {t('questionnaireResults:feedback.suppressed')}
        </Text>
      ) : parts.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('questionnaireResults:feedback.noAnswer')}
        </Text>
      ) : (
        <>
          {/* A group named by its question; each segment a bar named by its answer and count (issue 21: the
              bars were unnamed, the label sat on a role-less div). The numbers are written in the legend below,
              not on the segments, where no text colour is readable on every shade of the ramp. */}
          <Progress.Root size={22} role="group" aria-label={itemWording(item, i18n.language)}>
            {parts.map((part) =>
              part.count === 0 ? null : (
                <Tooltip key={part.value} label={`${part.label} : ${format.integer(part.count)} (${format.percent(part.share)})`} withArrow>
                  <Progress.Section
                    value={part.share * 100}
                    color={part.color}
                    withAria={false}
                    role="progressbar"
                    aria-label={t('questionnaireResults:feedback.segment', { label: part.label, count: format.integer(part.count) })}
                    aria-valuemin={0}
                    aria-valuemax={100}
                    aria-valuenow={Math.round(part.share * 100)}
                    aria-valuetext={format.percent(part.share)}
                  />
                </Tooltip>
              ),
            )}
          </Progress.Root>
          <Group gap="sm">
            {parts.map((part) => (
              <Group key={part.value} gap={4} wrap="nowrap">
                <span aria-hidden="true" style={{ width: 10, height: 10, borderRadius: 2, background: `var(--mantine-color-${part.color.replace('.', '-')})`, display: 'inline-block' }} />
                <Text size="xs" c="dimmed">
                  {t('questionnaireResults:feedback.legend', { label: part.label, count: format.integer(part.count), percent: format.percent(part.share) })}
                </Text>
              </Group>
            ))}
          </Group>
        </>
      )}
    </Stack>
  );
}

const COMMENTS_SHOWN = 5;

function Comments({ item }: { item: ItemFeedback }) {
  const { t, i18n } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? item.comments : item.comments.slice(0, COMMENTS_SHOWN);
  return (
    <Stack gap={4} data-feedback-comments={item.position}>
      <Text size="sm" fw={500}>
        {item.position}. {itemWording(item, i18n.language)}
      </Text>
      {'lessThan' in item.answered ? (
        <Text size="sm" c="dimmed">
          {t('questionnaireResults:feedback.suppressed')}
        </Text>
      ) : item.comments.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('questionnaireResults:feedback.noComment')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" style={{ listStyle: 'none', paddingLeft: 0, margin: 0 }}>
          {shown.map((comment, index) => (
            <Text key={index} component="li" size="sm" style={{ borderLeft: '3px solid var(--mantine-color-default-border)', paddingLeft: 8 }}>
              {t('questionnaireResults:feedback.quote', { text: comment })}
            </Text>
          ))}
        </Stack>
      )}
      {item.comments.length > COMMENTS_SHOWN && (
        <Button size="compact-xs" variant="subtle" w="fit-content" onClick={() => setAll((value) => !value)}>
          {all ? t('questionnaireResults:feedback.fewerComments') : t('questionnaireResults:feedback.allComments', { count: item.comments.length })}
        </Button>
      )}
    </Stack>
  );
}
