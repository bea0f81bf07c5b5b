import { MongoBulkWriteError, type Collection, type OptionalUnlessRequiredId } from 'mongodb';

const DUPLICATE_KEY = 11000;

/**
 * Inserts documents of which some may be stored already (a retried write: ids are the idempotency),
 * and returns those that were. Inserted, not upserted with $setOnInsert: FerretDB 1.24 drops
 * empty arrays and nulls there.
 */
export async function insertNewDocuments<T extends { _id: string }>(collection: Collection<T>, docs: T[]): Promise<T[]> {
  if (docs.length === 0) return [];
  try {
    await collection.insertMany(docs as OptionalUnlessRequiredId<T>[], { ordered: false });
    return [];
  } catch (error) {
    const stored = alreadyStoredIndexes(error, docs.length);
    if (!stored) throw error;
    return stored.map((index) => docs[index]!);
  }
}

/**
 * The documents an insertMany found already stored, when that is all that went wrong: every
 * document is either inserted or a duplicate key. Anything else is a failed write. The driver
 * wraps a connection lost mid-batch (a database restart) in MongoBulkWriteError too, with no write
 * errors at all; counting that as "already stored" lost timeline entries in `baton bench --drill`.
 */
export function alreadyStoredIndexes(error: unknown, documents: number): number[] | null {
  if (!(error instanceof MongoBulkWriteError)) return null;
  const writeErrors = [error.writeErrors].flat();
  if (writeErrors.length === 0 || writeErrors.some((writeError) => writeError.code !== DUPLICATE_KEY)) return null;
  if (error.insertedCount + writeErrors.length !== documents) return null;
  return writeErrors.map((writeError) => writeError.index);
}
