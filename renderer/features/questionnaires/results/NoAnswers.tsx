import { Button } from '@mantine/core';
import { IconClipboardOff, IconKeyboard } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { ListEmpty } from '../../../components/data-table/ListEmpty';

/** No form of this questionnaire in the scope yet: where answers come from, and the way there. */
export function NoAnswers({ onEntry }: { onEntry(): void }) {
  const { t } = useTranslation();
  return (
    <ListEmpty
      icon={<IconClipboardOff size={28} />}
      title={t('questionnaireResults:empty.title')}
      description={t('questionnaireResults:empty.description')}
      action={
        <Button variant="light" leftSection={<IconKeyboard size={16} />} onClick={onEntry}>
          {t('questionnaireResults:empty.toEntry')}
        </Button>
      }
    />
  );
}
