/** The recovery screen shown at start instead of anything else when the records cannot be opened (issue 13). */
export { RecoveryPage } from './RecoveryPage';
export { useRecoveryStatus } from './queries';
export { startScreen } from './recovery-model';
