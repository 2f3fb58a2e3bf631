// The statistics API the Explore step, the worker and the charts use.
export { describe, type Describe } from './describe';
export { describeCategorical, type DescribeCategorical, type DescribeCategoricalOptions, type ValueCount } from './describeCategorical';
export { correlationMatrix, type CorrelationMethod } from './correlation';
export { orderByClustering } from './orderByClustering';
export { histogram, type BinRule, type Histogram, type HistogramBin, type HistogramOptions } from './histogram';
export { density, type Density, type DensityOptions } from './density';
export { boxStats, type BoxStats, type BoxStatsOptions } from './boxStats';
export { pca, type PcaModel, type PcaOptions, type PcaResult } from './pca';
export { projectPca } from './projectPca';
export { eigenSymmetric, type Eigen } from './eigenSymmetric';
export { averageRanks } from './rank';
export { argsort } from './argsort';
export { finiteSorted } from './finiteSorted';
export { quantileSorted, sortedFinite } from './quantile';
export { summarizeColumn, type ColumnSummary } from './summarizeColumn';
