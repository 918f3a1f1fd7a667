import { readFile, writeFile } from 'node:fs/promises';
import type { EmulatorStore } from '../store/emulator-store.js';
import type { Base, StoredValue } from '../store/model.js';

type SnapshotRecord = {
  id: string;
  cells: [string, StoredValue][];
  createdTime: number;
  modifiedTime: number;
  createdBy: string;
  modifiedBy: string;
  autoNumber: number;
};
type SnapshotTable = Omit<Base['tables'][number], 'records'> & { records: SnapshotRecord[] };
type SnapshotBase = Omit<Base, 'tables'> & { tables: SnapshotTable[] };
type Snapshot = { version: 1; bases: SnapshotBase[]; subscriptions: string[] };

function toSnapshot(store: EmulatorStore): Snapshot {
  const bases = [...store.bases.values()].map((b) => ({
    ...b,
    tables: b.tables.map((t) => ({
      ...t,
      records: [...t.records.values()].map((r) => ({ ...r, cells: [...r.cells.entries()] })),
    })),
  }));
  return { version: 1, bases, subscriptions: [...store.subscriptions] };
}

/** Loads bases and subscriptions from a snapshot file; a missing file is an empty start. */
export async function loadSnapshot(path: string, store: EmulatorStore): Promise<void> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw err;
  }
  const snapshot = JSON.parse(text) as Snapshot;
  for (const b of snapshot.bases) {
    const tables = b.tables.map((t) => ({
      ...t,
      records: new Map(t.records.map((r) => [r.id, { ...r, cells: new Map(r.cells) }])),
    }));
    store.bases.set(b.appToken, { ...b, tables });
  }
  for (const s of snapshot.subscriptions) store.subscriptions.add(s);
}

/** Writes bases and subscriptions (not media or tokens) as JSON. */
export async function saveSnapshot(path: string, store: EmulatorStore): Promise<void> {
  await writeFile(path, JSON.stringify(toSnapshot(store)));
}
