import { z } from 'zod';
import { ROUTER_SIGNALS } from '../../machines/routing/router-names';
import { ASSIGNMENT_MODES, routingSettingsOf, type RoutingSettings } from '../../machines/routing/routing-types';
import type { WorkspaceDoc } from '../../store/documents';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { notFound } from '../errors';
import { newConversationsPerMinute } from '../limits/new-conversations';
import type { MutationUpdateWorkspaceSettingsArgs, Workspace } from '../schema/generated/resolvers-types';
import { announceAvailabilityChange } from '../conversations/workspace-availability';
import { tellRouter } from '../users/routing-change';
import { AwayMessagesInput, awayMessagesOf } from './away-messages';
import { parseInput } from '../validate-input';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use HH:MM, 24-hour');

export const WorkspaceSettingsInput = z.object({
  input: z.object({
    widgetOrigins: z
      .array(
        z.union([
          z.literal('*'),
          z
            // Only web origins: another scheme's origin is the string "null", which any sandboxed page can send.
            .url({ protocol: /^https?$/, error: 'each widget origin is a web origin such as https://www.example.com' })
            .transform((url) => new URL(url).origin),
        ]),
      )
      .max(50)
      .nullish(),
    slaMinutes: z.number().int().min(1, 'slaMinutes must be at least 1').max(1440).nullish(),
    newConversationsPerMinute: z
      .number()
      .int('newConversationsPerMinute must be a whole number')
      .min(1, 'newConversationsPerMinute must be at least 1')
      .max(100_000, 'newConversationsPerMinute must be at most 100000')
      .nullish(),
    auditArchiveRetentionDays: z
      .number()
      .int('auditArchiveRetentionDays must be a whole number of days')
      .min(1, 'auditArchiveRetentionDays must be at least 1 (null keeps the archive forever)')
      .max(36_500, 'auditArchiveRetentionDays must be at most 36500')
      .nullish(),
    businessHours: z
      .object({
        timezone: z.string().refine((zone) => {
          try {
            new Intl.DateTimeFormat('en', { timeZone: zone });
            return true;
          } catch {
            return false;
          }
        }, 'timezone must be an IANA zone such as Europe/Paris'),
        days: z.array(z.number().int().min(1).max(7)).min(1, 'choose at least one day (1 = Monday … 7 = Sunday)'),
        open: hhmm,
        close: hhmm,
      })
      .nullish(),
    assignment: z
      .object({
        mode: z.enum(ASSIGNMENT_MODES).nullish(),
        defaultCapacity: z
          .number()
          .int('assignment.defaultCapacity must be a whole number')
          .min(0, 'assignment.defaultCapacity must be at least 0')
          .max(100, 'assignment.defaultCapacity must be at most 100')
          .nullish(),
        awayAfterSeconds: z
          .number()
          .int('assignment.awayAfterSeconds must be a whole number of seconds')
          .min(30, 'assignment.awayAfterSeconds must be at least 30')
          .max(86_400, 'assignment.awayAfterSeconds must be at most 86400 (a day)')
          .nullish(),
        reassignAfterSeconds: z
          .number()
          .int('assignment.reassignAfterSeconds must be a whole number of seconds')
          .min(1, 'assignment.reassignAfterSeconds must be at least 1')
          .max(86_400, 'assignment.reassignAfterSeconds must be at most 86400 (a day)')
          .nullish(),
      })
      .nullish(),
    awayMessages: AwayMessagesInput.nullish(),
  }),
});

export const toWorkspaceResult = (workspace: WorkspaceDoc): Workspace => ({
  id: workspace._id,
  key: workspace.key,
  name: workspace.name,
  publishedFlowVersion: workspace.publishedFlowVersion,
  settings: {
    widgetOrigins: workspace.settings?.widgetOrigins ?? [],
    slaMinutes: workspace.settings?.slaMinutes ?? 5,
    businessHours: workspace.settings?.businessHours ?? null,
    newConversationsPerMinute: newConversationsPerMinute(workspace.settings),
    auditArchiveRetentionDays: workspace.settings?.auditArchiveRetentionDays ?? null,
    assignment: routingSettingsOf(workspace.settings?.assignment),
    awayMessages: awayMessagesOf(workspace.settings),
  },
});

export async function handleWorkspace({ context }: { context: BatonContext }): Promise<Workspace> {
  const principal = requireUser(context);
  const workspace = await context.db.workspaces.findOne({ _id: principal.workspaceId });
  if (!workspace) throw notFound('Your workspace no longer exists.');
  return toWorkspaceResult(workspace);
}

export async function handleUpdateWorkspaceSettings({ input, context }: { input: MutationUpdateWorkspaceSettingsArgs; context: BatonContext }) {
  const admin = requireUser(context, 'admin');
  const { input: settings } = parseInput(WorkspaceSettingsInput, input);
  const set: Record<string, unknown> = {};
  if (settings.widgetOrigins) set['settings.widgetOrigins'] = settings.widgetOrigins;
  if (settings.slaMinutes) set['settings.slaMinutes'] = settings.slaMinutes;
  if (settings.newConversationsPerMinute) set['settings.newConversationsPerMinute'] = settings.newConversationsPerMinute;
  if (settings.businessHours !== undefined) set['settings.businessHours'] = settings.businessHours;
  if (settings.auditArchiveRetentionDays !== undefined) set['settings.auditArchiveRetentionDays'] = settings.auditArchiveRetentionDays;
  const assignment = Object.entries(settings.assignment ?? {}).filter(([, value]) => value !== null && value !== undefined);
  for (const [field, value] of assignment) set[`settings.assignment.${field}`] = value;
  for (const [field, value] of Object.entries(settings.awayMessages ?? {})) if (value) set[`settings.awayMessages.${field}`] = value;
  if (Object.keys(set).length > 0) await context.db.workspaces.updateOne({ _id: admin.workspaceId }, { $set: set });
  context.origins.forget();
  // New business hours can open or close the workspace for customers already waiting, and the away wording is theirs to read.
  if (settings.businessHours !== undefined || settings.awayMessages) announceAvailabilityChange(context.pubsub, admin.workspaceId);
  const workspace = await handleWorkspace({ context });
  if (assignment.length > 0) await tellRouterAboutSettings(context, admin.workspaceId, workspace.settings.assignment);
  return workspace;
}

/** The router works with the full settings (the stored ones over the defaults); see tellRouter for when it cannot be reached. */
const tellRouterAboutSettings = (context: BatonContext, workspaceId: string, settings: RoutingSettings) =>
  tellRouter(context, workspaceId, { signal: ROUTER_SIGNALS.settings, payload: settings });
