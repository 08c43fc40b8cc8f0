import { Alert, Button, Group, Loader, Stack, Text } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { apiErrorOf } from '../../../../api/client';
import { QueryFailure } from '../../../../components/QueryFailure';
import { useTemplate } from '../../queries';
import { TemplateForm } from './TemplateForm';

/**
 * The designer for one questionnaire (`id`) or a new one (null). The form is keyed by the template's id, so
 * opening another one (the one just created, a new version) starts from its saved state.
 */
export function TemplateEditor({ id, onClose, onOpen }: { id: number | null; onClose(): void; onOpen(id: number): void }) {
  const { t } = useTranslation();
  const template = useTemplate(id);

  if (id === null) return <TemplateForm key="new" template={null} onClose={onClose} onOpen={onOpen} />;
  if (template.isPending) {
    return (
      <Group gap="sm" aria-busy="true">
        <Loader size="sm" />
        <Text size="sm" c="dimmed">
          {t('questionnaireTemplates:editor.loading')}
        </Text>
      </Group>
    );
  }
  if (template.isError) {
    const notFound = apiErrorOf(template.error).code === 'NOT_FOUND';
    return (
      <Stack gap="sm" maw={640}>
        {notFound ? (
          <Alert color="gray" variant="light">
            {t('questionnaireTemplates:editor.notFound')}
          </Alert>
        ) : (
          <QueryFailure error={template.error} onRetry={() => void template.refetch()} />
        )}
        <Button variant="subtle" leftSection={<IconArrowLeft size={16} />} onClick={onClose} w="fit-content">
          {t('questionnaireTemplates:editor.back')}
        </Button>
      </Stack>
    );
  }
  return <TemplateForm key={template.data.id} template={template.data} onClose={onClose} onOpen={onOpen} />;
}
