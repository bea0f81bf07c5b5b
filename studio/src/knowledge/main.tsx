import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppShell } from '../shared/components/AppShell';
import '../shared/styles.css';
import { KnowledgeApp } from './KnowledgeApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppShell page="knowledge" role="ADMIN" purpose="The knowledge base, for admins.">
      <KnowledgeApp />
    </AppShell>
  </StrictMode>,
);
