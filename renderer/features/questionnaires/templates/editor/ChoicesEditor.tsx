import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { addChoice, type ChoiceRow } from '../model/template-form';

interface ChoicesEditorProps {
  number: number;
  choices: ChoiceRow[];
  onChange(choices: ChoiceRow[]): void;
  locked: boolean;
  errorOf(path: string): string | undefined;
}

/** The options of a single-choice question: the value that is entered, and its French and English labels. */
export function ChoicesEditor({ number, choices, onChange, locked, errorOf }: ChoicesEditorProps) {
  const { t } = useTranslation();
  const update = (index: number, changes: Partial<ChoiceRow>) => onChange(choices.map((choice, position) => (position === index ? { ...choice, ...changes } : choice)));
  const question = t('questionnaireTemplates:items.question', { number });
  const listError = errorOf('choices');

  return (
    <Stack gap={6}>
      <div>
        <Text size="sm" fw={500}>
          {t('questionnaireTemplates:items.choices')}
        </Text>
        <Text size="xs" c="dimmed">
          {t('questionnaireTemplates:items.choicesHint')}
        </Text>
      </div>
      {choices.map((choice, index) => (
        <Group key={choice.key} gap="xs" align="flex-start" wrap="nowrap">
          <NumberInput
            size="xs"
            w={80}
            aria-label={`${question} — ${t('questionnaireTemplates:items.choiceValueOf', { number: index + 1 })}`}
            min={0}
            max={99}
            allowDecimal={false}
            allowNegative={false}
            hideControls
            value={choice.value}
            disabled={locked}
            error={errorOf(`choices.${index}.value`)}
            onChange={(value) => update(index, { value })}
          />
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            aria-label={`${question} — ${t('questionnaireTemplates:items.choiceFrOf', { number: index + 1 })}`}
            placeholder={t('questionnaireTemplates:items.french')}
            maxLength={200}
            value={choice.labelFr}
            disabled={locked}
            error={errorOf(`choices.${index}.labelFr`)}
            onChange={(event) => update(index, { labelFr: event.currentTarget.value })}
          />
          <TextInput
            size="xs"
            style={{ flex: 1 }}
            aria-label={`${question} — ${t('questionnaireTemplates:items.choiceEnOf', { number: index + 1 })}`}
            placeholder={t('questionnaireTemplates:items.english')}
            maxLength={200}
            value={choice.labelEn}
            disabled={locked}
            error={errorOf(`choices.${index}.labelEn`)}
            onChange={(event) => update(index, { labelEn: event.currentTarget.value })}
          />
          {!locked && (
            <Tooltip label={t('questionnaireTemplates:items.removeChoice', { number: index + 1 })}>
              <ActionIcon
                variant="subtle"
                color="red"
                mt={2}
                aria-label={`${question} — ${t('questionnaireTemplates:items.removeChoice', { number: index + 1 })}`}
                onClick={() => onChange(choices.filter((_, position) => position !== index))}
              >
                <IconTrash size={16} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      ))}
      {listError && (
        <Text size="sm" c="red" role="alert">
          {listError}
        </Text>
      )}
      {!locked && (
        <Button variant="subtle" size="xs" leftSection={<IconPlus size={14} />} onClick={() => onChange(addChoice(choices))} disabled={choices.length >= 20} w="fit-content">
          {t('questionnaireTemplates:items.addChoice')}
        </Button>
      )}
    </Stack>
  );
}
