import { randomUUID } from 'node:crypto';
import type { SavedReplyDoc } from '../../store/documents';
import { requireUser } from '../auth/require';
import type { BatonContext } from '../context';
import { conflict, notFound } from '../errors';
import type {
  MutationCreateSavedReplyArgs,
  MutationDeleteSavedReplyArgs,
  MutationUpdateSavedReplyArgs,
  QuerySavedRepliesArgs,
  SavedReply,
} from '../schema/generated/resolvers-types';
import { parseInput } from '../validate-input';
import { CreateSavedReplyInput, DeleteSavedReplyInput, MAX_SAVED_REPLIES_PER_WORKSPACE, SavedRepliesSearch, UpdateSavedReplyInput } from './saved-reply-input';
import { isDuplicateKey } from '../../store/duplicate-key';

type Request<Args> = { input: Args; context: BatonContext };

/** FerretDB on SQLite may report a broken unique index without MongoDB's code 11000, only in its message. */
const shortcutTaken = (shortcut: string) =>
  conflict(`The workspace already has a saved reply /${shortcut}; choose another shortcut, or edit that reply (updateSavedReply).`);

const toSavedReply = (doc: SavedReplyDoc): SavedReply => ({
  id: doc._id,
  shortcut: doc.shortcut,
  title: doc.title,
  text: doc.text,
  updatedAt: doc.updatedAt.toISOString(),
});

async function writeUnique<T>(shortcut: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (isDuplicateKey(error)) throw shortcutTaken(shortcut);
    throw error;
  }
}

async function findInWorkspace(context: BatonContext, workspaceId: string, id: string): Promise<SavedReplyDoc> {
  const reply = await context.db.savedReplies.findOne({ _id: id, workspaceId });
  if (!reply) throw notFound(`There is no saved reply ${id} in your workspace; the savedReplies query lists them.`);
  return reply;
}

/**
 * Every agent reads the workspace's replies, by shortcut. At most 500 per workspace, so the search
 * is a plain case-insensitive substring test here: what an agent types is never a pattern.
 */
export async function handleSavedReplies({ input, context }: Request<QuerySavedRepliesArgs>): Promise<SavedReply[]> {
  const principal = requireUser(context);
  const { search } = parseInput(SavedRepliesSearch, input);
  const needle = search?.toLocaleLowerCase('en') ?? '';
  const replies = await context.db.savedReplies.find({ workspaceId: principal.workspaceId }).toArray();
  return replies
    .filter((reply) => needle === '' || [reply.shortcut, reply.title, reply.text].some((field) => field.toLocaleLowerCase('en').includes(needle)))
    .sort((a, b) => (a.shortcut < b.shortcut ? -1 : a.shortcut > b.shortcut ? 1 : 0))
    .map(toSavedReply);
}

export async function handleCreateSavedReply({ input, context }: Request<MutationCreateSavedReplyArgs>): Promise<SavedReply> {
  const admin = requireUser(context, 'admin');
  const { input: fields } = parseInput(CreateSavedReplyInput, input);
  const count = await context.db.savedReplies.countDocuments({ workspaceId: admin.workspaceId });
  if (count >= MAX_SAVED_REPLIES_PER_WORKSPACE)
    throw conflict(`The workspace has ${MAX_SAVED_REPLIES_PER_WORKSPACE} saved replies, the most it can keep; delete one you no longer use first.`);
  const now = new Date();
  const reply: SavedReplyDoc = {
    _id: `sr_${randomUUID()}`,
    workspaceId: admin.workspaceId,
    ...fields,
    createdAt: now,
    updatedAt: now,
    updatedBy: admin.userId,
  };
  await writeUnique(fields.shortcut, () => context.db.savedReplies.insertOne(reply));
  return toSavedReply(reply);
}

export async function handleUpdateSavedReply({ input, context }: Request<MutationUpdateSavedReplyArgs>): Promise<SavedReply> {
  const admin = requireUser(context, 'admin');
  const { id, input: fields } = parseInput(UpdateSavedReplyInput, input);
  const stored = await findInWorkspace(context, admin.workspaceId, id);
  const changed: SavedReplyDoc = { ...stored, ...fields, updatedAt: new Date(), updatedBy: admin.userId };
  await writeUnique(fields.shortcut, () =>
    context.db.savedReplies.updateOne(
      { _id: stored._id },
      { $set: { shortcut: changed.shortcut, title: changed.title, text: changed.text, updatedAt: changed.updatedAt, updatedBy: changed.updatedBy } },
    ),
  );
  return toSavedReply(changed);
}

export async function handleDeleteSavedReply({ input, context }: Request<MutationDeleteSavedReplyArgs>): Promise<boolean> {
  const admin = requireUser(context, 'admin');
  const { id } = parseInput(DeleteSavedReplyInput, input);
  const stored = await findInWorkspace(context, admin.workspaceId, id);
  await context.db.savedReplies.deleteOne({ _id: stored._id });
  return true;
}
