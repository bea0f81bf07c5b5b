import { MongoClient, type Collection, type Db } from 'mongodb';
import { redactUrlCredentials } from '../config/redact';
import type { ArchiveHeadDoc, ArchiveProgressDoc, AuditAccessDoc, AuditArchiveDoc } from './audit-documents';
import type {
  AnswerRatingDoc,
  ArticleDoc,
  ChunkDoc,
  ConversationDoc,
  CustomerPresenceDoc,
  FlowDraftDoc,
  FlowVersionDoc,
  ReplyEmailClaimDoc,
  SavedReplyDoc,
  TeamDoc,
  TimelineEntryDoc,
  UserDoc,
  WorkspaceDoc,
} from './documents';

/** A team as stored: its name lowercased too, so two teams of a workspace never differ only by case (a unique index). */
export type StoredTeamDoc = TeamDoc & { nameKey: string };

export type BatonDb = {
  client: MongoClient;
  db: Db;
  workspaces: Collection<WorkspaceDoc>;
  users: Collection<UserDoc>;
  teams: Collection<StoredTeamDoc>;
  flows: Collection<FlowVersionDoc>;
  flowDrafts: Collection<FlowDraftDoc>;
  conversations: Collection<ConversationDoc>;
  messages: Collection<TimelineEntryDoc>;
  /** Apart from `conversations` so the API and the workflow never update one document at once (store/customer-presence.ts). */
  customerPresence: Collection<CustomerPresenceDoc>;
  replyEmailClaims: Collection<ReplyEmailClaimDoc>;
  articles: Collection<ArticleDoc>;
  chunks: Collection<ChunkDoc>;
  /** Closed workflow histories, a hash chain per workspace (audit/archive-store.ts). */
  auditArchive: Collection<AuditArchiveDoc>;
  auditArchiveHeads: Collection<ArchiveHeadDoc>;
  auditArchiveProgress: Collection<ArchiveProgressDoc>;
  auditAccess: Collection<AuditAccessDoc>;
  answerRatings: Collection<AnswerRatingDoc>;
  savedReplies: Collection<SavedReplyDoc>;
  close(): Promise<void>;
};

/** Connects and makes sure the indexes exist (idempotent). Uses only what FerretDB 1.x supports. */
export async function connectDatabase(uri: string, databaseName = 'baton'): Promise<BatonDb> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      redactUrlCredentials(`Cannot reach MongoDB at ${uri} (${(error as Error).message}). Check MONGODB_URI, or unset it to use the local FerretDB.`),
      { cause: error },
    );
  }
  const db = client.db(databaseName);
  const store: BatonDb = {
    client,
    db,
    workspaces: db.collection<WorkspaceDoc>('workspaces'),
    users: db.collection<UserDoc>('users'),
    teams: db.collection<StoredTeamDoc>('teams'),
    flows: db.collection<FlowVersionDoc>('flows'),
    flowDrafts: db.collection<FlowDraftDoc>('flowDrafts'),
    conversations: db.collection<ConversationDoc>('conversations'),
    messages: db.collection<TimelineEntryDoc>('messages'),
    customerPresence: db.collection<CustomerPresenceDoc>('customerPresence'),
    replyEmailClaims: db.collection<ReplyEmailClaimDoc>('replyEmailClaims'),
    articles: db.collection<ArticleDoc>('articles'),
    chunks: db.collection<ChunkDoc>('chunks'),
    auditArchive: db.collection<AuditArchiveDoc>('auditArchive'),
    auditArchiveHeads: db.collection<ArchiveHeadDoc>('auditArchiveHeads'),
    auditArchiveProgress: db.collection<ArchiveProgressDoc>('auditArchiveProgress'),
    auditAccess: db.collection<AuditAccessDoc>('auditAccess'),
    answerRatings: db.collection<AnswerRatingDoc>('answerRatings'),
    savedReplies: db.collection<SavedReplyDoc>('savedReplies'),
    close: () => client.close(),
  };
  await ensureIndexes(store);
  return store;
}

async function ensureIndexes(store: BatonDb): Promise<void> {
  await Promise.all([
    store.workspaces.createIndex({ key: 1 }, { unique: true }),
    store.users.createIndex({ email: 1 }, { unique: true }),
    store.teams.createIndex({ workspaceId: 1, nameKey: 1 }, { unique: true }),
    store.flows.createIndex({ workspaceId: 1, version: -1 }),
    store.conversations.createIndex({ workspaceId: 1, updatedAt: -1 }),
    store.messages.createIndex({ conversationId: 1, seq: 1 }),
    store.articles.createIndex({ workspaceId: 1 }),
    store.chunks.createIndex({ workspaceId: 1 }),
    // Two appends racing for one place in a workspace's chain: the second fails and retries.
    store.auditArchive.createIndex({ workspaceId: 1, seq: 1 }, { unique: true }),
    store.auditArchive.createIndex({ workflowId: 1 }),
    store.auditAccess.createIndex({ conversationId: 1 }),
    store.answerRatings.createIndex({ workspaceId: 1, at: -1 }),
    store.savedReplies.createIndex({ workspaceId: 1, shortcut: 1 }, { unique: true }),
  ]);
}
