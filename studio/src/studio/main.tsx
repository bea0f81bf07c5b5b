import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from '../shared/components/AppShell';
import '../shared/styles.css';
import { FlowStudioApp } from './FlowStudioApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell page="studio" role="ADMIN" purpose="The flow studio, for admins.">
      <FlowStudioApp />
    </AppShell>
  </StrictMode>,
);
