import { List, Text, ThemeIcon } from '@mantine/core';
import { IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { explainChange } from '../../../../shared/domain/questionnaires/plain-language';
import type { DimensionChange } from '../../../../shared/domain/questionnaires/analysis';
import type { Language } from '../../../i18n/language';

/**
 * What each dimension's change means and how sure we can be, in plain words. The sentences come from the
 * shared explainChange (the impact report PDF writes the same ones), never from this view.
 */
export function PlainSentences({ dimensions, language }: { dimensions: readonly DimensionChange[]; language: Language }) {
  const { t } = useTranslation();
  return (
    <List
      spacing="sm"
      center={false}
      data-testid="plain-sentences"
      icon={
        <ThemeIcon size={22} radius="xl" variant="light" color="indigo">
          <IconMessageCircle size={14} />
        </ThemeIcon>
      }
    >
      {dimensions.map((dimension) => {
        const subject = t(`questionnaires:dimensions.${dimension.dimension}`);
        return (
          <List.Item key={dimension.dimension} data-dimension={dimension.dimension}>
            <Text size="sm">
              <Text span fw={700}>
                {subject}
              </Text>
              {' — '}
              {explainChange(dimension.result, { scale: dimension.scale, subject: subject.toLocaleLowerCase(language), language })}
            </Text>
          </List.Item>
        );
      })}
    </List>
  );
}
