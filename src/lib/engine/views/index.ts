// Views: what the app's pages draw, computed from a table, a prepared matrix or a run. Pure
// functions, so the worker, the CLI and the tests share them.
export { columnView, numericView, discreteLimit, topCategories, type CategoricalView, type ColumnView, type NumericView } from './columnView';
export { correlatedColumns, correlationOf, maxHeatmapColumns, type Correlation } from './correlationView';
export { numericColumn, pairColumns, pairedValues } from './pairedValues';
export { featureView, type FeatureView } from './featureView';
export { matrixColumn } from './matrixColumn';
export { preparePreview, type PreparePreview } from './preparePreview';
export { segmentProjection, type SegmentProjection } from './segmentProjection';
export { segmentBoxes, maxBoxFeatures, type FeatureBoxes } from './segmentBoxes';
export { segmentColumns } from './segmentColumns';
export { rowDetails, tablePage, type TablePage } from './tablePage';
export { thinCurve } from './kDistanceCurve';
