// Step 4 of the answer import: how many forms were imported, and the way to the entry grid to check them.
// The link changes the page, which closes the wizard with it.
import { Button, Group, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconCircleCheck, IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Administration } from '../../../../shared/domain/questionnaires/responses';
import { useFormatters } from '../../../i18n/format';
import { entryHref } from '../links';

interface DoneStepProps {
  administration: Administration;
  created: number;
  onClose(): void;
}

export function DoneStep({ administration, created, onClose }: DoneStepProps) {
  const { t } = useTranslation();
  const format = useFormatters();
  return (
    <Stack align="center" gap="sm" ta="center" py="md">
      <ThemeIcon size={56} radius="xl" color="teal" variant="light" aria-hidden="true">
        <IconCircleCheck size={32} stroke={1.6} />
      </ThemeIcon>
      <Text fz="xl" fw={700} role="status" data-testid="import-done">
        {t('questionnaireImport:done.count', { count: created, formatted: format.number(created) })}
      </Text>
      <Text c="dimmed" maw={480}>
        {t('questionnaireImport:done.body', { className: administration.className, phase: t(`questionnaires:phases.${administration.phase}`) })}
      </Text>
      <Group gap="sm" mt="xs">
        <Button variant="default" onClick={onClose}>
          {t('common.close')}
        </Button>
        <Button component="a" href={entryHref(administration.id)} leftSection={<IconKeyboard size={16} />}>
          {t('questionnaireImport:done.openGrid')}
        </Button>
      </Group>
    </Stack>
  );
}
