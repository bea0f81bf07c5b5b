import { MongoServerError } from 'mongodb';

/**
 * Whether a write broke a unique index. MongoDB says so with code 11000; FerretDB on SQLite sometimes
 * (an update, a racing upsert) reports it only in its message.
 */
export function isDuplicateKey(error: unknown): boolean {
  return error instanceof MongoServerError && (error.code === 11000 || /UNIQUE constraint failed/.test(error.message));
}
