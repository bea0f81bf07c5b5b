import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from '../shared/components/AppShell';
import '../shared/styles.css';
import { AgentsApp } from './AgentsApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell page="agents" role="ADMIN" purpose="Agents, teams and assignment, for admins.">
      <AgentsApp />
    </AppShell>
  </StrictMode>,
);
