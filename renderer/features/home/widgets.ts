import type { ComponentType } from 'react';
import type { HomeWidgetId } from './widget-roles';
import { HousingHomeWidget } from './housing/HousingHomeWidget';
import { LoanRemindersWidget } from './loans/LoanRemindersWidget';
import { BackupHomeWidget } from './backups/BackupHomeWidget';

/** The component of each home block (roles and order in widget-roles.ts); a block without one does not compile. */
export const HOME_WIDGET_COMPONENTS: Record<HomeWidgetId, ComponentType> = {
  loans: LoanRemindersWidget,
  housing: HousingHomeWidget,
  backups: BackupHomeWidget,
};
