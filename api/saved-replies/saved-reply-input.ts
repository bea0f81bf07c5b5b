import { z } from 'zod';
import { SAVED_REPLY_VARIABLE_NAMES, unknownVariables } from '../../machines/saved-reply-text';

export const MAX_SAVED_REPLIES_PER_WORKSPACE = 500;
export const MAX_SHORTCUT_LENGTH = 40;
export const MAX_SAVED_REPLY_TITLE = 120;
export const MAX_SAVED_REPLY_TEXT = 5000;
const MAX_SEARCH_LENGTH = 200;

const knownList = SAVED_REPLY_VARIABLE_NAMES.map((name) => `{{${name}}}`).join(', ');
/** A name an admin mistyped may be long or odd: quoted, and cut so the message stays readable. */
const quoted = (name: string) => `{{${name.length > 40 ? `${name.slice(0, 40)}…` : name}}}`;

/** Typed after / in the composer, so it is lowercased: "Refund" and "refund" are one shortcut. */
const Shortcut = z
  .string()
  .trim()
  .toLowerCase()
  .regex(
    new RegExp(`^[a-z0-9][a-z0-9-]{0,${MAX_SHORTCUT_LENGTH - 1}}$`),
    `use 1 to ${MAX_SHORTCUT_LENGTH} letters, digits and dashes, starting with a letter or digit (for example "refund-policy")`,
  );

const Title = z.string().trim().min(1, 'the title is empty').max(MAX_SAVED_REPLY_TITLE, `the title is longer than ${MAX_SAVED_REPLY_TITLE} characters`);

const Text = z
  .string()
  .trim()
  .min(1, 'the text is empty')
  .max(MAX_SAVED_REPLY_TEXT, `the text is longer than ${MAX_SAVED_REPLY_TEXT.toLocaleString('en')} characters`)
  .superRefine((text, context) => {
    const unknown = unknownVariables(text);
    if (unknown.length === 0) return;
    context.addIssue({
      code: z.ZodIssueCode.custom,
      message: `${unknown.map(quoted).join(', ')} ${unknown.length > 1 ? 'are not variables' : 'is not a variable'}; the variables are ${knownList}`,
    });
  });

export const SavedReplyFields = z.object({ shortcut: Shortcut, title: Title, text: Text });
export type SavedReplyFields = z.infer<typeof SavedReplyFields>;

const SavedReplyId = z.string().trim().min(1, 'id is required').max(100);
export const CreateSavedReplyInput = z.object({ input: SavedReplyFields });
export const UpdateSavedReplyInput = z.object({ id: SavedReplyId, input: SavedReplyFields });
export const DeleteSavedReplyInput = z.object({ id: SavedReplyId });
export const SavedRepliesSearch = z.object({
  search: z.string().trim().max(MAX_SEARCH_LENGTH, `search is longer than ${MAX_SEARCH_LENGTH} characters`).nullish(),
});
