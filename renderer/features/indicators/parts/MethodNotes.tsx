import { Accordion, List, Text } from '@mantine/core';
import { IconMathFunction } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorMethod } from '../../../../shared/domain/indicators/indicators';
import { MAX_PERIOD_YEARS } from '../../../../shared/domain/indicators/period';

/** "Comment ces chiffres sont calculés": the method's notes, in the order the server gives them, in plain words. */
export function MethodNotes({ method }: { method: IndicatorMethod }) {
  const { t } = useTranslation();
  const params = { minimum: method.minimumGroup, below: method.minimumGroup - 1, maxYears: MAX_PERIOD_YEARS };
  return (
    <Accordion variant="separated" radius="lg" data-testid="method-notes">
      <Accordion.Item value="method">
        <Accordion.Control icon={<IconMathFunction size={20} stroke={1.6} />}>
          <Text fw={600}>{t('indicators:method.title')}</Text>
        </Accordion.Control>
        <Accordion.Panel>
          <List spacing="xs" size="sm">
            {method.notes.map((note) => (
              <List.Item key={note} data-note={note}>
                {t(`indicators:method.${note}`, params)}
              </List.Item>
            ))}
          </List>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
