import type { LawView } from '../law/law.cache';
import { LawSnapshot } from './engine';
import { lawDataOf } from './law-data';

const snapshots = new WeakMap<LawView, LawSnapshot>();

/**
 * The engine's law for the law in memory: made once per law view (a view never changes; a new one comes with every
 * change of the law), so every request reads the same snapshot until the law changes.
 */
export function lawSnapshotOf(view: LawView): LawSnapshot {
  let snapshot = snapshots.get(view);
  if (!snapshot) {
    snapshot = new LawSnapshot(lawDataOf(view.rows));
    snapshots.set(view, snapshot);
  }
  return snapshot;
}
