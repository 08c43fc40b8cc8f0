import { Button, type ButtonProps } from '@mantine/core';
import { useGuardedCancel } from './discard/discard-context';

/**
 * A form's *Annuler* written by hand (where `FormButtons` does not fit): inside an `AppModal`/`AppDrawer` it
 * asks before unsaved typing is thrown away, as Esc and the close button do.
 */
export function CancelButton({ onClick, ...props }: ButtonProps & { onClick(): void }) {
  const cancel = useGuardedCancel(onClick);
  return <Button variant="default" {...props} onClick={cancel} />;
}
