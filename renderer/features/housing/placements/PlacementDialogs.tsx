import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { HousingPlacement } from '../../../../shared/domain/housing/placements-api';
import { api } from '../../../api/client';
import { DeleteDialog } from '../../../components/DeleteDialog';
import { EndPlacementModal } from './EndPlacementModal';
import { MovePlacementModal } from './MovePlacementModal';
import { PlacementEditModal } from './PlacementEditModal';
import { PlacementFormModal } from './PlacementFormModal';
import { usePlacementMutation } from './queries';

export type PlacementDialog =
  | { kind: 'create' }
  | { kind: 'edit'; placement: HousingPlacement }
  | { kind: 'end'; placement: HousingPlacement }
  | { kind: 'move'; placement: HousingPlacement }
  | { kind: 'delete'; placement: HousingPlacement };

export interface PlacementDialogs {
  /** The dialog open, if any: the sheet hides itself meanwhile (a modal over a drawer would share its Escape). */
  dialog: PlacementDialog | null;
  open(dialog: PlacementDialog): void;
  /** To render next to the sheet's Drawer, not inside it (the closed Drawer unmounts its content). */
  element: ReactNode;
}

function DeletePlacementDialog({ placement, onClose }: { placement: HousingPlacement; onClose(): void }) {
  const { t } = useTranslation();
  const remove = usePlacementMutation(api.housing.deletePlacement);
  const names = { household: placement.householdCode, unit: placement.unitCode };
  return (
    <DeleteDialog
      title={t('housing:placements.delete.title', names)}
      message={t('housing:placements.delete.message', names)}
      done={t('housing:placements.delete.done', names)}
      confirmLabel={t('housing:delete.confirm')}
      explainRefusal
      pending={remove.isPending}
      remove={() => remove.mutateAsync({ id: placement.id })}
      onDone={onClose}
      onClose={onClose}
    />
  );
}

/** The placement dialogs of a unit's or a household's sheet, pre-filled with that unit or household. */
export function usePlacementDialogs(preset: { unitId?: number; householdId?: number; places?: number }): PlacementDialogs {
  const [dialog, setDialog] = useState<PlacementDialog | null>(null);
  const close = () => setDialog(null);
  let element: ReactNode = null;
  if (dialog?.kind === 'create') element = <PlacementFormModal opened onClose={close} {...preset} />;
  else if (dialog?.kind === 'edit') element = <PlacementEditModal placement={dialog.placement} onClose={close} />;
  else if (dialog?.kind === 'end') element = <EndPlacementModal placement={dialog.placement} onClose={close} />;
  else if (dialog?.kind === 'move') element = <MovePlacementModal placement={dialog.placement} onClose={close} />;
  else if (dialog?.kind === 'delete') element = <DeletePlacementDialog placement={dialog.placement} onClose={close} />;
  return { dialog, open: setDialog, element };
}
