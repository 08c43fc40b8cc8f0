import { useState } from 'react';
import { useAuthStatus } from './auth/queries';
import { FirstStartScreen } from './auth/FirstStartScreen';
import { LoginScreen } from './auth/LoginScreen';
import { ChangePasswordScreen } from './auth/ChangePasswordScreen';
import { StartupError } from './auth/StartupError';
import { LoadingScreen } from './components/LoadingScreen';
import { Shell } from './shell/Shell';
import { apiErrorOf, transport } from './api/client';
import { ServerSetupPage } from './auth/ServerSetupPage';

/** One screen per state of the session: first start, login, forced password change, then the shell. */
export function App() {
  const status = useAuthStatus();
  const [knownUsername, setKnownUsername] = useState('');

  if (status.isPending) return <LoadingScreen />;
  if (status.isError) return <StartupError error={apiErrorOf(status.error)} onRetry={() => void status.refetch()} />;

  const { setupRequired, user, settings } = status.data;
  if (setupRequired) return transport === 'server' ? <ServerSetupPage /> : <FirstStartScreen onDone={setKnownUsername} />;
  if (!user) return <LoginScreen key={knownUsername} initialUsername={knownUsername} />;
  if (user.mustChangePassword) return <ChangePasswordScreen user={user} />;
  return <Shell key={user.id} user={user} settings={settings} />;
}
