import { Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';

/** The mark, the app name and "Ville de Liège · CPAS". */
export function Brand({ size = 36, inverted = false }: { size?: number; inverted?: boolean }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" wrap="nowrap">
      <BrandMark size={size} inverted={inverted} />
      <Stack gap={0}>
        <Text fw={800} fz={size > 40 ? 'xl' : 'lg'} lh={1.15} c={inverted ? 'white' : undefined} style={{ letterSpacing: '-0.01em' }}>
          {t('app.name')}
        </Text>
        <Text fz="xs" lh={1.2} c={inverted ? 'rgba(255,255,255,0.82)' : 'dimmed'}>
          {t('app.owner')}
        </Text>
      </Stack>
    </Group>
  );
}
