import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RecoveryStatus, StartupProblem } from '../../../shared/domain/backups';
import { ImportKitSection } from './ImportKitSection';
import { ProblemSummary } from './ProblemSummary';
import { ReadOnlySection } from './ReadOnlySection';
import { RecoveryLayout } from './RecoveryLayout';
import { RestoreSection } from './RestoreSection';
import { recoveryActions } from './recovery-model';

interface RecoveryPageProps {
  status: RecoveryStatus & { problem: StartupProblem };
  onRefresh(): void;
  /** Given when the damaged records were opened read-only: go on to the app, where every change is refused. */
  onContinueReadOnly?(): void;
}

/**
 * Shown at start, instead of the sign-in or first-start screens, when the records cannot be opened as they are
 * (issue 13, "a safe start"): what was found, where, and the ways out that cannot lose anything.
 */
export function RecoveryPage({ status, onRefresh, onContinueReadOnly }: RecoveryPageProps) {
  const { t } = useTranslation();
  const actions = recoveryActions(status.problem);
  return (
    <RecoveryLayout>
      <ProblemSummary problem={status.problem} dataDir={status.dataDir} />
      {actions.map((action, index) =>
        action === 'importKit' ? (
          <ImportKitSection key={action} expectedKey={status.expectedKey} />
        ) : (
          <RestoreSection key={action} status={status} secondary={index > 0} onRefresh={onRefresh} />
        ),
      )}
      {status.readOnly && onContinueReadOnly && <ReadOnlySection onContinue={onContinueReadOnly} />}
      <Text size="sm" c="dimmed">
        {t('recovery:help')}
      </Text>
    </RecoveryLayout>
  );
}
