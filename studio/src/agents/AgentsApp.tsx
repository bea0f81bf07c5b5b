import type { ManagedAgentFragment } from '../gql/graphql';
import { request } from '../shared/api/graphql-transport';
import { appApi } from '../shared/session/session-store';
import { useSession } from '../shared/session/use-session';
import {
  CreateAgentMutation,
  CreateTeamMutation,
  DeactivateAgentMutation,
  DeleteTeamMutation,
  ReactivateAgentMutation,
  RenameTeamMutation,
  UpdateAgentMutation,
  UpdateAssignmentSettingsMutation,
  UpdateAwayMessagesMutation,
} from './api/operations';
import type { AgentChange } from './components/AgentRow';
import { AgentsTable } from './components/AgentsTable';
import { AssignmentSettingsForm } from './components/AssignmentSettingsForm';
import { AwayMessagesForm } from './components/AwayMessagesForm';
import { InviteAgentForm } from './components/InviteAgentForm';
import { TeamsSection } from './components/TeamsSection';
import { useAgentsPage } from './hooks/use-agents-page';

function describe(agent: ManagedAgentFragment, change: AgentChange): { work: () => Promise<unknown>; done: string } {
  const id = agent.id;
  switch (change.type) {
    case 'role':
      return {
        work: () => request(appApi, UpdateAgentMutation, { id, input: { role: change.role } }),
        done: `${agent.name} is now ${change.role === 'ADMIN' ? 'an admin' : 'an agent'}.`,
      };
    case 'capacity':
      return {
        work: () => request(appApi, UpdateAgentMutation, { id, input: { capacity: change.capacity } }),
        done: `${agent.name}'s capacity is now ${change.capacity}.`,
      };
    case 'teams':
      return { work: () => request(appApi, UpdateAgentMutation, { id, input: { teams: change.teams } }), done: `${agent.name}'s teams changed.` };
    case 'deactivate':
      return { work: () => request(appApi, DeactivateAgentMutation, { id }), done: `${agent.name} can no longer sign in.` };
    case 'reactivate':
      return { work: () => request(appApi, ReactivateAgentMutation, { id }), done: `${agent.name} may sign in again.` };
  }
}

/** Admins manage the people of the workspace: accounts, roles, teams, capacity, and how conversations are assigned. */
export function AgentsApp() {
  const session = useSession();
  const me = session?.user.id ?? '';
  const { data, error, confirmation, busy, act, showError } = useAgentsPage();

  return (
    <main className="agents-page">
      <header className="dash-head">
        <div>
          <h1>Agents</h1>
          <p className="muted">Who answers conversations, in which teams, how many at once, and how the queue hands them out.</p>
        </div>
      </header>
      {error && (
        <p className="notice" role="alert">
          {error}
        </p>
      )}
      {confirmation && (
        <p className="studio-message" role="status">
          {confirmation}
        </p>
      )}
      {!data ? (
        !error && <p className="muted">Loading the agents…</p>
      ) : (
        <>
          <section aria-labelledby="agents-heading">
            <h2 id="agents-heading">People</h2>
            <AgentsTable
              agents={data.agents}
              me={me}
              teams={data.teams}
              defaultCapacity={data.workspace.settings.assignment.defaultCapacity}
              busy={busy}
              onInvalid={showError}
              onChange={(agent, change) => {
                const { work, done } = describe(agent, change);
                void act(work, done);
              }}
            />
            <h3>Invite an agent</h3>
            <InviteAgentForm
              busy={busy}
              onInvite={(input) => act(() => request(appApi, CreateAgentMutation, { input }), `${input.name} can now sign in as ${input.email}.`)}
            />
          </section>
          <TeamsSection
            teams={data.teams}
            busy={busy}
            onCreate={(name) => act(() => request(appApi, CreateTeamMutation, { name }), `Team ${name} created.`)}
            onRename={(id, name) => act(() => request(appApi, RenameTeamMutation, { id, name }), `Team renamed to ${name}.`)}
            onDelete={(team) => void act(() => request(appApi, DeleteTeamMutation, { id: team.id }), `Team ${team.name} deleted.`)}
          />
          <AssignmentSettingsForm
            settings={data.workspace.settings.assignment}
            busy={busy}
            onInvalid={showError}
            onSave={(assignment) => act(() => request(appApi, UpdateAssignmentSettingsMutation, { input: { assignment } }), 'Assignment settings saved.')}
          />
          <AwayMessagesForm
            messages={data.workspace.settings.awayMessages}
            busy={busy}
            onInvalid={showError}
            onSave={(awayMessages) => act(() => request(appApi, UpdateAwayMessagesMutation, { input: { awayMessages } }), 'Away messages saved.')}
          />
        </>
      )}
    </main>
  );
}
