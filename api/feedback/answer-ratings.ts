import type { BatonDb } from '../../store/database';
import type { AnswerRatingDoc } from '../../store/documents';
import { isDuplicateKey } from '../../store/duplicate-key';

/**
 * Stores the rating in place of any earlier one of the same answer and returns that earlier one
 * (null for a first rating). Of two requests at once, one sees the other's rating as the earlier,
 * so only one of them finds the rating new; an upsert that loses the race to insert is tried again.
 */
export async function storeAnswerRating(db: BatonDb, rating: AnswerRatingDoc): Promise<AnswerRatingDoc | null> {
  const { _id, ...fields } = rating;
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await db.answerRatings.findOneAndUpdate({ _id }, { $set: fields }, { upsert: true, returnDocument: 'before' });
    } catch (error) {
      if (attempt > 0 || !isDuplicateKey(error)) throw error;
    }
  }
}

/** Puts back what was there before `rating` was stored (nothing, or the earlier rating). */
export async function undoAnswerRating(db: BatonDb, rating: AnswerRatingDoc, before: AnswerRatingDoc | null): Promise<void> {
  if (before) await db.answerRatings.replaceOne({ _id: rating._id }, before);
  else await db.answerRatings.deleteOne({ _id: rating._id, at: rating.at });
}
