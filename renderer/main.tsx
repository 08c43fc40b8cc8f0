import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import './global.css';
import { captureTokenFromLocation } from './api/browser-session';
import { Providers } from './Providers';
import { Root } from './Root';

// Before anything reads the location: `#token=…` is a credential, not a route.
captureTokenFromLocation();

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <Providers>
      <Root />
    </Providers>
  </StrictMode>,
);
