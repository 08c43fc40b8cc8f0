import { Modal, type ModalProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useGuardedDialog } from './discard/use-guarded-dialog';

export interface AppModalProps extends ModalProps {
  /**
   * The form inside holds typing not yet saved (`form.isDirty()`): closing it in any way (Esc, the close
   * button, a click outside, *Annuler*) asks "Abandonner les modifications ?" first.
   */
  dirty?: boolean;
}

/**
 * Mantine's Modal with a translated name on its close button, the discard guard and a focus return that
 * survives dialogs replacing each other (`discard/focus-return.ts`).
 */
export function AppModal({ dirty = false, opened, onClose, closeOnEscape, children, ...props }: AppModalProps) {
  const { t } = useTranslation();
  const guarded = useGuardedDialog({ opened, onClose, dirty, closeOnEscape });
  return (
    <>
      <Modal closeButtonProps={{ 'aria-label': t('common.close') }} {...props} {...guarded.dialogProps}>
        {guarded.wrap(children)}
      </Modal>
      {guarded.prompt}
    </>
  );
}
