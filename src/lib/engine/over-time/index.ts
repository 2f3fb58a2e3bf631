// Segments over time: snapshots scored with a saved model, matched on a customer id.
export { maxListedInvalid, type InvalidRow, type Snapshot } from './types';
export { idText, normaliseId } from './idText';
export { chooseIdColumn, idCandidates, IdColumnError } from './idColumn';
export { DuplicateIdError, indexIds } from './indexIds';
export { labelledSnapshot, scoreSnapshot } from './snapshot';
export { migration, type Labelling, type Migration } from './migration';
export { sizesOverSnapshots, type SnapshotSizes } from './sizes';
export { movementCsv, type MovementList } from './movementCsv';
