import { useState } from 'react';
import { Badge, Button, Group, SegmentedControl, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconArchive, IconArchiveOff, IconArrowLeft, IconDeviceFloppy } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { QUESTIONNAIRE_AUDIENCES, type QuestionnaireAudience, type QuestionnaireTemplate } from '../../../../../shared/domain/questionnaires/templates';
import { ConfirmDialog } from '../../../../components/ConfirmDialog';
import { FormSection } from '../../../../components/FormSection';
import { FormErrorSummary } from '../../../../components/FormErrorSummary';
import { withAudience } from '../model/template-form';
import { designWarnings, errorPlace, templateLocks } from '../model/template-rules';
import { nextVersionNumber } from '../model/template-list';
import { useTemplateList } from '../template-queries';
import { CodeRecipeEditor } from './CodeRecipeEditor';
import { ItemsList } from './ItemsList';
import { TemplateBanners } from './TemplateBanners';
import { useDiscardGuard } from '../../../../components/discard';
import { useTemplateForm } from './use-template-form';
import { useTemplateActions } from './use-template-actions';

/** "Question 3 — libellés de l'échelle 2" rather than a dotted path in the summary of errors. */
function summaryLabels(t: TFunction, errors: Record<string, string>): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const path of Object.keys(errors)) {
    const place = errorPlace(path);
    const field = t(`questionnaireTemplates:summary.fields.${place.field}`, { defaultValue: place.field });
    if (place.question === null) {
      if (path === 'codeRecipe' || path === 'items') labels[path] = field;
      continue;
    }
    labels[path] =
      place.entry === null
        ? t('questionnaireTemplates:summary.question', { number: place.question, field })
        : t('questionnaireTemplates:summary.entry', { number: place.question, field, entry: place.entry });
  }
  return labels;
}

interface TemplateFormProps {
  template: QuestionnaireTemplate | null;
  /** Back to the list. */
  onClose(): void;
  /** Another template to show: the one just created, or a new version. */
  onOpen(id: number): void;
}

/**
 * The questionnaire designer: presentation, pupils' code, questions. Locked fields follow the server's rules
 * (answers: only name and description; administrations: not the audience nor the code), and the way out is
 * a new version. Leaving with unsaved changes asks first.
 */
export function TemplateForm({ template, onClose, onOpen }: TemplateFormProps) {
  const { t } = useTranslation();
  const { form, values, dirty, submit, pending, attempted, lockRefusal, setItems } = useTemplateForm(t, template, (saved, created) => {
    if (created) onOpen(saved.id);
  });
  const guard = useDiscardGuard(dirty);
  const actions = useTemplateActions(template, onOpen);
  const [confirming, setConfirming] = useState<'archive' | 'version' | null>(null);
  const locks = templateLocks(template);
  const errors = Object.fromEntries(Object.entries(form.errors).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== ''));
  const codeError = errors.codeRecipe;
  // All versions (archived included) tell the number the new one will get; until they are loaded, the next after this one.
  const versions = useTemplateList(true);
  const nextVersion = (template && versions.data ? nextVersionNumber(versions.data, template.id) : null) ?? (template?.version ?? 0) + 1;

  return (
    <form onSubmit={submit} noValidate data-leave-guard>
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" wrap="wrap" gap="sm">
          <Stack gap={4}>
            <Button variant="subtle" size="compact-sm" px={4} leftSection={<IconArrowLeft size={16} />} onClick={() => guard.ask(onClose)} w="fit-content">
              {t('questionnaireTemplates:editor.back')}
            </Button>
            <Group gap="xs">
              <Title order={2} fz="h3">
                {template ? template.name : t('questionnaireTemplates:editor.newTitle')}
              </Title>
              {template && <Badge variant="light">{t('questionnaireTemplates:editor.version', { version: template.version })}</Badge>}
              {template?.archived && (
                <Badge variant="light" color="gray">
                  {t('questionnaireTemplates:editor.archivedBadge')}
                </Badge>
              )}
              {dirty && (
                <Badge variant="dot" color="orange" data-testid="unsaved">
                  {t('questionnaireTemplates:editor.unsaved')}
                </Badge>
              )}
            </Group>
          </Stack>
          <Group gap="xs">
            {template &&
              (template.archived ? (
                <Button variant="default" leftSection={<IconArchiveOff size={16} />} loading={actions.archiving} onClick={() => actions.setArchived(false)}>
                  {t('questionnaireTemplates:editor.unarchive')}
                </Button>
              ) : (
                <Button variant="default" color="gray" leftSection={<IconArchive size={16} />} onClick={() => setConfirming('archive')}>
                  {t('questionnaireTemplates:editor.archive')}
                </Button>
              ))}
            <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={pending} disabled={template !== null && !dirty}>
              {template ? t('questionnaireTemplates:editor.save') : t('questionnaireTemplates:editor.create')}
            </Button>
          </Group>
        </Group>

        <TemplateBanners
          locks={locks}
          archived={template?.archived ?? false}
          warnings={designWarnings(values)}
          lockRefusal={lockRefusal}
          onNewVersion={template ? () => setConfirming('version') : undefined}
        />

        <FormSection legend={t('questionnaireTemplates:editor.sections.general')}>
          <Stack gap="sm">
            <TextInput label={t('questionnaireTemplates:editor.name')} withAsterisk maxLength={200} autoComplete="off" {...form.getInputProps('name')} />
            <div>
              <Text size="sm" fw={500} mb={4} id="audience-label">
                {t('questionnaireTemplates:editor.audience')}
              </Text>
              <SegmentedControl
                aria-labelledby="audience-label"
                data={QUESTIONNAIRE_AUDIENCES.map((audience) => ({ value: audience, label: t(`questionnaireTemplates:audiences.${audience}`) }))}
                value={values.audience}
                disabled={locks.codeLocked}
                onChange={(audience) => form.setValues(withAudience(values, audience as QuestionnaireAudience))}
              />
              <Text size="xs" c="dimmed" mt={4}>
                {t(`questionnaireTemplates:audienceHints.${values.audience}`)}
              </Text>
            </div>
            <Textarea
              label={t('questionnaireTemplates:editor.description')}
              description={t('questionnaireTemplates:editor.descriptionHint')}
              autosize
              minRows={2}
              maxRows={6}
              maxLength={4000}
              {...form.getInputProps('description')}
            />
          </Stack>
        </FormSection>

        <FormSection legend={t('questionnaireTemplates:editor.sections.code')}>
          {values.audience === 'pupil' ? (
            <CodeRecipeEditor
              recipe={values.codeRecipe}
              locked={locks.codeLocked}
              error={codeError}
              onChange={(recipe) => {
                form.setFieldValue('codeRecipe', recipe);
                form.clearFieldError('codeRecipe');
              }}
            />
          ) : (
            <Text size="sm" c="dimmed">
              {t('questionnaireTemplates:code.teacher')}
            </Text>
          )}
        </FormSection>

        <FormSection legend={t('questionnaireTemplates:editor.sections.items')}>
          <ItemsList items={values.items} audience={values.audience} locked={locks.itemsLocked} errors={form.errors} onChange={setItems} />
        </FormSection>

        {attempted && <FormErrorSummary errors={errors} labels={summaryLabels(t, errors)} />}
        <Group justify="flex-end">
          <Button variant="default" onClick={() => guard.ask(onClose)}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" leftSection={<IconDeviceFloppy size={16} />} loading={pending} disabled={template !== null && !dirty}>
            {template ? t('questionnaireTemplates:editor.save') : t('questionnaireTemplates:editor.create')}
          </Button>
        </Group>
      </Stack>

      {guard.prompt}
      {template && (
        <>
          <ConfirmDialog
            opened={confirming === 'archive'}
            title={t('questionnaireTemplates:editor.archiveTitle', { name: template.name })}
            message={t('questionnaireTemplates:editor.archiveMessage')}
            confirmLabel={t('questionnaireTemplates:editor.archive')}
            loading={actions.archiving}
            onConfirm={() => void actions.setArchived(true).then(() => setConfirming(null))}
            onClose={() => setConfirming(null)}
          />
          <ConfirmDialog
            opened={confirming === 'version'}
            title={t('questionnaireTemplates:editor.newVersionTitle', { version: nextVersion })}
            message={`${t('questionnaireTemplates:editor.newVersionMessage', { version: nextVersion })}${dirty ? ` ${t('questionnaireTemplates:editor.newVersionDirty')}` : ''}`}
            confirmLabel={t('questionnaireTemplates:editor.newVersion')}
            loading={actions.versioning}
            onConfirm={() => void actions.newVersion().then(() => setConfirming(null))}
            onClose={() => setConfirming(null)}
          />
        </>
      )}
    </form>
  );
}
