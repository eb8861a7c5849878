import { createStore, del, entries, set } from 'idb-keyval';
import type { UserDatabaseInfo } from '../lib/protocol/messages';

/**
 * User-imported databases, one IndexedDB entry each: the compiled pack and what the import
 * reported. Writing one key is atomic, so a failed import can never damage the others.
 */
export interface StoredDatabase {
  info: UserDatabaseInfo;
  /** Serialised pack (lib/db/pack.ts). */
  pack: string;
}

const store = () => createStore('quotetrace', 'user-databases');

export async function listUserDatabases(): Promise<StoredDatabase[]> {
  const all = await entries<string, StoredDatabase>(store());
  return all.map(([, v]) => v).sort((a, b) => a.info.importedAt - b.info.importedAt);
}

export async function saveUserDatabase(db: StoredDatabase): Promise<void> {
  await set(db.info.id, db, store());
}

export async function removeUserDatabase(id: string): Promise<void> {
  await del(id, store());
}
