import { useCallback, useState } from 'react';
import { HashRouter } from 'react-router';
import { hasCredentials } from './api/client';
import { forgetToken } from './api/browser-session';
import { TokenMissingPage } from './auth/TokenMissingPage';
import { SessionWatcher } from './auth/SessionWatcher';
import { RecoveryGate } from './auth/RecoveryGate';
import { App } from './App';

/** Browser mode needs its launch token before anything else; then the hash router, the recovery check and the app. */
export function Root() {
  const [tokenRejected, setTokenRejected] = useState(false);
  const rejectToken = useCallback(() => {
    forgetToken();
    setTokenRejected(true);
  }, []);

  if (tokenRejected) return <TokenMissingPage rejected />;
  if (!hasCredentials()) return <TokenMissingPage />;
  return (
    <HashRouter>
      <SessionWatcher onTokenRejected={rejectToken} />
      <RecoveryGate>
        <App />
      </RecoveryGate>
    </HashRouter>
  );
}
