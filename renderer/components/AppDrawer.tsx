import { Drawer, type DrawerProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useGuardedDialog } from './discard/use-guarded-dialog';

export interface AppDrawerProps extends DrawerProps {
  /** As `AppModal`'s: the drawer holds typing not yet saved; closing it asks first. */
  dirty?: boolean;
}

/** Mantine's Drawer with the same discard guard and focus return as `AppModal`. */
export function AppDrawer({ dirty = false, opened, onClose, closeOnEscape, children, ...props }: AppDrawerProps) {
  const { t } = useTranslation();
  const guarded = useGuardedDialog({ opened, onClose, dirty, closeOnEscape });
  return (
    <>
      <Drawer closeButtonProps={{ 'aria-label': t('common.close') }} {...props} {...guarded.dialogProps}>
        {guarded.wrap(children)}
      </Drawer>
      {guarded.prompt}
    </>
  );
}
