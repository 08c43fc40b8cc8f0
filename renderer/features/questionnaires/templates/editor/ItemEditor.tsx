import { ActionIcon, Badge, Group, Paper, Select, SimpleGrid, Stack, Switch, Text, Textarea, Tooltip } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconTrash } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  ANSWER_TYPES,
  DIMENSIONS,
  ITEM_PHASES,
  type AnswerType,
  type Dimension,
  type ItemPhase,
  type QuestionnaireAudience,
} from '../../../../../shared/domain/questionnaires/templates';
import { withAnswerType, type ItemRow } from '../model/template-form';
import { isReversible } from '../model/standard-labels';
import { ChoicesEditor } from './ChoicesEditor';
import { ScaleLabelsEditor } from './ScaleLabelsEditor';

interface ItemEditorProps {
  row: ItemRow;
  index: number;
  count: number;
  audience: QuestionnaireAudience;
  locked: boolean;
  /** Stable callbacks taking the question's index, so an unchanged question is not drawn again (see `memo`). */
  onChange(index: number, row: ItemRow): void;
  onMove(index: number, delta: -1 | 1): void;
  onDelete(index: number): void;
  /** Messages by full path (`items.3.wordingFr`). */
  errors: Record<string, unknown>;
}

const asMessage = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);

/**
 * One question: its wording in French (required) and English, what it measures, how it is answered, when
 * it is asked, whether it is reverse-keyed, and its scale's labels or its options. The buttons of its title
 * row move it or delete it (after confirmation, asked by the list).
 */
export const ItemEditor = memo(function ItemEditor({ row, index, count, audience, locked, onChange, onMove, onDelete, errors }: ItemEditorProps) {
  const { t } = useTranslation();
  const number = index + 1;
  const question = t('questionnaireTemplates:items.question', { number });
  const errorOf = (path: string) => asMessage(errors[`items.${index}.${path}`]);
  const set = (changes: Partial<ItemRow>) => onChange(index, { ...row, ...changes });
  const reversible = isReversible(row.answerType);
  const hasScale = row.answerType === 'likert4' || row.answerType === 'likert5' || row.answerType === 'scale_0_10';

  return (
    <Paper withBorder radius="md" p="md" component="li" data-testid="template-item" aria-label={question}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Group gap="xs">
            <Text fw={600}>{question}</Text>
            {row.reverseKeyed && reversible && (
              <Badge size="sm" color="grape" variant="light">
                {t('questionnaireTemplates:items.reverse')}
              </Badge>
            )}
          </Group>
          {!locked && (
            <Group gap={2} wrap="nowrap">
              <Tooltip label={t('questionnaireTemplates:items.moveUp', { number })}>
                <ActionIcon variant="subtle" color="gray" disabled={index === 0} aria-label={t('questionnaireTemplates:items.moveUp', { number })} onClick={() => onMove(index, -1)}>
                  <IconArrowUp size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('questionnaireTemplates:items.moveDown', { number })}>
                <ActionIcon
                  variant="subtle"
                  color="gray"
                  disabled={index === count - 1}
                  aria-label={t('questionnaireTemplates:items.moveDown', { number })}
                  onClick={() => onMove(index, 1)}
                >
                  <IconArrowDown size={16} />
                </ActionIcon>
              </Tooltip>
              <Tooltip label={t('questionnaireTemplates:items.delete', { number })}>
                <ActionIcon variant="subtle" color="red" aria-label={t('questionnaireTemplates:items.delete', { number })} onClick={() => onDelete(index)}>
                  <IconTrash size={16} />
                </ActionIcon>
              </Tooltip>
            </Group>
          )}
        </Group>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="sm">
          <Textarea
            label={t('questionnaireTemplates:items.wordingFr')}
            aria-label={`${question} — ${t('questionnaireTemplates:items.wordingFr')}`}
            withAsterisk
            autosize
            minRows={1}
            maxRows={4}
            maxLength={500}
            value={row.wordingFr}
            disabled={locked}
            error={errorOf('wordingFr')}
            onChange={(event) => set({ wordingFr: event.currentTarget.value })}
            data-item-wording={row.key}
          />
          <Textarea
            label={t('questionnaireTemplates:items.wordingEn')}
            aria-label={`${question} — ${t('questionnaireTemplates:items.wordingEn')}`}
            description={t('questionnaireTemplates:items.wordingEnHint')}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            autosize
            minRows={1}
            maxRows={4}
            maxLength={500}
            value={row.wordingEn}
            disabled={locked}
            error={errorOf('wordingEn')}
            onChange={(event) => set({ wordingEn: event.currentTarget.value })}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <Select<Dimension>
            label={t('questionnaireTemplates:items.dimension')}
            aria-label={`${question} — ${t('questionnaireTemplates:items.dimension')}`}
            data={DIMENSIONS.map((dimension) => ({ value: dimension, label: t(`questionnaires:dimensions.${dimension}`) }))}
            value={row.dimension}
            allowDeselect={false}
            disabled={locked}
            error={errorOf('dimension')}
            comboboxProps={{ withinPortal: true }}
            onChange={(dimension) => dimension && set({ dimension })}
          />
          <Select<AnswerType>
            label={t('questionnaireTemplates:items.answerType')}
            aria-label={`${question} — ${t('questionnaireTemplates:items.answerType')}`}
            data={ANSWER_TYPES.map((type) => ({ value: type, label: t(`questionnaireTemplates:answerTypes.${type}`) }))}
            value={row.answerType}
            allowDeselect={false}
            disabled={locked}
            error={errorOf('answerType')}
            comboboxProps={{ withinPortal: true }}
            onChange={(type) => type && onChange(index, withAnswerType(row, type))}
          />
          <Select<ItemPhase>
            label={t('questionnaireTemplates:items.phase')}
            aria-label={`${question} — ${t('questionnaireTemplates:items.phase')}`}
            description={audience === 'teacher' ? t('questionnaireTemplates:items.phaseTeacher') : undefined}
            inputWrapperOrder={['label', 'input', 'description', 'error']}
            data={ITEM_PHASES.map((phase) => ({
              value: phase,
              label: t(`questionnaireTemplates:itemPhases.${phase}`),
              disabled: audience === 'teacher' && phase === 'before',
            }))}
            value={row.phase}
            allowDeselect={false}
            disabled={locked}
            error={errorOf('phase')}
            comboboxProps={{ withinPortal: true }}
            onChange={(phase) => phase && set({ phase })}
          />
        </SimpleGrid>
        <Switch
          label={t('questionnaireTemplates:items.reverse')}
          aria-label={`${question} — ${t('questionnaireTemplates:items.reverse')}`}
          description={reversible ? t('questionnaireTemplates:items.reverseHint') : t('questionnaireTemplates:items.reverseNotApplicable')}
          checked={reversible && row.reverseKeyed}
          disabled={locked || !reversible}
          error={errorOf('reverseKeyed')}
          onChange={(event) => set({ reverseKeyed: event.currentTarget.checked })}
        />
        {hasScale && (
          <ScaleLabelsEditor
            number={number}
            answerType={row.answerType}
            anchorsFr={row.anchorsFr}
            anchorsEn={row.anchorsEn}
            locked={locked}
            errorOf={errorOf}
            onChange={(anchors) => set(anchors)}
          />
        )}
        {row.answerType === 'single_choice' && (
          <ChoicesEditor number={number} choices={row.choices} locked={locked} errorOf={errorOf} onChange={(choices) => set({ choices })} />
        )}
        {(row.answerType === 'yes_no' || row.answerType === 'free_text') && (
          <Text size="sm" c="dimmed">
            {t(row.answerType === 'yes_no' ? 'questionnaireTemplates:items.yesNo' : 'questionnaireTemplates:items.freeText')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
});
