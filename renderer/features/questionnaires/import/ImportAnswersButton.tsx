// "Importer un fichier CSV" for one administration, opening the import wizard. Coordinators only: the import
// channels are theirs (teachers type their classes' paper forms in the grid).
import { useState } from 'react';
import { Button, type ButtonProps } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Administration } from '../../../../shared/domain/questionnaires/responses';
import { useSession } from '../../../shell/session-context';
import { AnswerImportModal } from './AnswerImportModal';

interface ImportAnswersButtonProps {
  administration: Administration;
  size?: ButtonProps['size'];
}

export function ImportAnswersButton({ administration, size = 'xs' }: ImportAnswersButtonProps) {
  const { t } = useTranslation();
  const { user } = useSession();
  const [open, setOpen] = useState(false);
  if (!user.roles.includes('coordinator')) return null;
  return (
    <>
      <Button
        size={size}
        variant="light"
        leftSection={<IconFileImport size={16} />}
        onClick={() => setOpen(true)}
        aria-label={t('questionnaireImport:button.label', { className: administration.className, phase: t(`questionnaires:phases.${administration.phase}`) })}
      >
        {t('questionnaireImport:button.text')}
      </Button>
      {open && <AnswerImportModal administration={administration} onClose={() => setOpen(false)} />}
    </>
  );
}
