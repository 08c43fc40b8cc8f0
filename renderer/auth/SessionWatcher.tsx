import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { AuthStatus } from '../../shared/api/channels/auth';
import { onSessionEvent } from '../api/session-events';
import { authKeys, useEndSession } from './queries';
import { notifySessionNotice } from '../forms/notify';

/**
 * When any call finds the session gone (idle timeout on the server, account deactivated, app restarted), go
 * back to the login screen and say why, once.
 */
export function SessionWatcher({ onTokenRejected }: { onTokenRejected(): void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const endSession = useEndSession();

  useEffect(
    () =>
      onSessionEvent((event) => {
        if (event.kind === 'tokenRejected') {
          onTokenRejected();
          return;
        }
        const status = queryClient.getQueryData<AuthStatus>(authKeys.status);
        if (!status?.user) return;
        endSession();
        notifySessionNotice('session-expired', t('session.expiredTitle'), t('session.expired'));
      }),
    [queryClient, endSession, onTokenRejected, t],
  );
  return null;
}
