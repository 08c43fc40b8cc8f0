import type { ComponentType } from 'react';
import type { HomeWidgetId } from './widget-roles';
import { HousingHomeWidget } from './housing/HousingHomeWidget';
import { LoanRemindersWidget } from './loans/LoanRemindersWidget';
import { BackupHomeWidget } from './backups/BackupHomeWidget';
import { RetentionHomeWidget } from './retention/RetentionHomeWidget';
import { ServerBackupsNote } from '../settings';
import { transport } from '../../api/client';

/** The component of each home block (roles and order in widget-roles.ts); a block without one does not compile. */
export const HOME_WIDGET_COMPONENTS: Record<HomeWidgetId, ComponentType> = {
  loans: LoanRemindersWidget,
  housing: HousingHomeWidget,
  // Against a team server, backups are IT's (docs/deployment.md): the block says so instead of calling them.
  backups: transport === 'server' ? ServerBackupsNote : BackupHomeWidget,
  retention: RetentionHomeWidget,
};
