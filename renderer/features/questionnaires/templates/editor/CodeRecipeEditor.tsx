import { ActionIcon, Badge, Group, List, Paper, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconArrowRight, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CODE_PARTS, type CodePart } from '../../../../../shared/domain/questionnaires/templates';
import { addPart, codeLength, codePreview, MAX_CODE_PARTS, movePart, partsLeft, removePart } from '../model/code-recipe';

interface CodeRecipeEditorProps {
  recipe: CodePart[];
  onChange(recipe: CodePart[]): void;
  /** Given to a class already: the code is shown, not changed. */
  locked: boolean;
  error?: string;
}

/**
 * The pupil code as ordered chips (move earlier/later, remove, each a labelled button reachable by Tab), a
 * part to add, the example code box by box, and the instructions a pupil reads on the paper form.
 */
export function CodeRecipeEditor({ recipe, onChange, locked, error }: CodeRecipeEditorProps) {
  const { t } = useTranslation();
  const label = (part: CodePart) => t(`questionnaireTemplates:codeParts.${part}.label`);
  const size = (part: CodePart) =>
    CODE_PARTS[part].kind === 'letter' ? t('questionnaireTemplates:code.letter') : t('questionnaireTemplates:code.digits', { count: CODE_PARTS[part].length });
  const left = partsLeft(recipe);
  const length = codeLength(recipe);

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('questionnaireTemplates:code.hint')}
      </Text>
      <div>
        <Text size="sm" fw={500} mb={6} id="code-parts-label">
          {t('questionnaireTemplates:code.parts')}
        </Text>
        {recipe.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('questionnaireTemplates:code.empty')}
          </Text>
        ) : (
          <Group gap="xs" component="ol" aria-labelledby="code-parts-label" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {recipe.map((part, index) => (
              <Paper component="li" key={part} withBorder radius="xl" py={4} pl="sm" pr={4} data-testid="code-part">
                <Group gap={6} wrap="nowrap">
                  <Badge size="sm" variant="light" circle>
                    {index + 1}
                  </Badge>
                  <Text size="sm" fw={500}>
                    {label(part)}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {size(part)}
                  </Text>
                  {!locked && (
                    <Group gap={0} wrap="nowrap">
                      <Tooltip label={t('questionnaireTemplates:code.moveEarlier', { part: label(part) })}>
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          color="gray"
                          disabled={index === 0}
                          aria-label={t('questionnaireTemplates:code.moveEarlier', { part: label(part) })}
                          onClick={() => onChange(movePart(recipe, index, -1))}
                        >
                          <IconArrowLeft size={14} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('questionnaireTemplates:code.moveLater', { part: label(part) })}>
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          color="gray"
                          disabled={index === recipe.length - 1}
                          aria-label={t('questionnaireTemplates:code.moveLater', { part: label(part) })}
                          onClick={() => onChange(movePart(recipe, index, 1))}
                        >
                          <IconArrowRight size={14} />
                        </ActionIcon>
                      </Tooltip>
                      <Tooltip label={t('questionnaireTemplates:code.remove', { part: label(part) })}>
                        <ActionIcon
                          size="sm"
                          variant="subtle"
                          color="red"
                          aria-label={t('questionnaireTemplates:code.remove', { part: label(part) })}
                          onClick={() => onChange(removePart(recipe, index))}
                        >
                          <IconX size={14} />
                        </ActionIcon>
                      </Tooltip>
                    </Group>
                  )}
                </Group>
              </Paper>
            ))}
          </Group>
        )}
        {error && (
          <Text size="sm" c="red" mt={6} role="alert">
            {error}
          </Text>
        )}
      </div>
      {!locked && (
        <Select
          label={t('questionnaireTemplates:code.add')}
          placeholder={t('questionnaireTemplates:code.addPlaceholder')}
          description={recipe.length >= MAX_CODE_PARTS ? t('questionnaireTemplates:code.full') : undefined}
          data={left.map((part) => ({ value: part, label: `${label(part)} (${size(part)})` }))}
          value={null}
          onChange={(part) => part && onChange(addPart(recipe, part as CodePart))}
          disabled={recipe.length >= MAX_CODE_PARTS || left.length === 0}
          comboboxProps={{ withinPortal: true }}
          maw={360}
        />
      )}
      {recipe.length > 0 && (
        <Paper withBorder radius="md" p="sm" bg="var(--mantine-color-default-hover)">
          <Group gap="lg" align="flex-start" wrap="wrap">
            <div>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
                {t('questionnaireTemplates:code.preview')}
              </Text>
              <Text ff="monospace" fz={22} fw={700} data-testid="code-preview" aria-live="polite">
                {codePreview(recipe)}
              </Text>
              <Text size="xs" c="dimmed">
                {t('questionnaireTemplates:code.previewHint', { count: length })}
              </Text>
            </div>
            <div style={{ flex: 1, minWidth: 260 }}>
              <Text size="xs" c="dimmed" tt="uppercase" fw={600} mb={4}>
                {t('questionnaireTemplates:code.pupilSees')}
              </Text>
              <List type="ordered" size="sm" spacing={2} data-testid="code-instructions">
                {recipe.map((part) => (
                  <List.Item key={part}>{t(`questionnaireTemplates:codeParts.${part}.instruction`)}</List.Item>
                ))}
              </List>
            </div>
          </Group>
        </Paper>
      )}
    </Stack>
  );
}
