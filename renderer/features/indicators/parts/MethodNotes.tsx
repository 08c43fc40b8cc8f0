import { Accordion, List, Text } from '@mantine/core';
import { IconMathFunction } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { IndicatorMethod } from '../../../../shared/domain/indicators/indicators';
import { INDICATOR_METHOD_TEXT } from '../../../../shared/domain/indicators/method';
import { documentLanguage } from '../../../i18n/language';

/**
 * "Comment ces chiffres sont calculés": the method's notes, in the order the server gives them. The sentences
 * are the annual report's own (shared/domain/indicators/method.ts), so screen and PDF explain a number alike.
 */
export function MethodNotes({ method }: { method: IndicatorMethod }) {
  const { t, i18n } = useTranslation();
  const text = INDICATOR_METHOD_TEXT[documentLanguage(i18n.language)];
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
                {text[note]}
              </List.Item>
            ))}
          </List>
        </Accordion.Panel>
      </Accordion.Item>
    </Accordion>
  );
}
