import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from '../shared/components/AppShell';
import '../shared/styles.css';
import { DashboardApp } from './DashboardApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell page="dashboard" role="AGENT" purpose="The support dashboard for agents and admins.">
      <DashboardApp />
    </AppShell>
  </StrictMode>,
);
