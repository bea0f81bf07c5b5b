import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from '../shared/components/AppShell';
import '../shared/styles.css';
import './inbox.css';
import { InboxApp } from './InboxApp';
import { AvailabilityToggle } from './components/AvailabilityToggle';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell page="inbox" role="AGENT" purpose="The shared inbox for agents and admins." tools={<AvailabilityToggle />}>
      <InboxApp />
    </AppShell>
  </StrictMode>,
);
