import { useEffect, useState } from 'react';
import { request } from '../../shared/api/graphql-transport';
import { appApi } from '../../shared/session/session-store';
import { WorkspaceNameQuery } from '../api/assist-operations';

/** The workspace's name, for {{workspace.name}} in saved replies; null until read (or when it cannot be). */
export function useWorkspaceName(): string | null {
  const [name, setName] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    request(appApi, WorkspaceNameQuery)
      .then(({ workspace }) => current && setName(workspace.name))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);
  return name;
}
