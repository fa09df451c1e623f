import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import { PrivacyScreenProvider } from './session/privacy-screen.tsx';
import { SessionProvider } from './session/session-context.tsx';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <PrivacyScreenProvider>
      <SessionProvider>
        <App />
      </SessionProvider>
    </PrivacyScreenProvider>
  </StrictMode>,
);
