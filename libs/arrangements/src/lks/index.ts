export * from './calendar';
export * from './dated-parameter';
export * from './employer-cost';
export * from './exact';
export * from './explanation';
export * from './lks-calculator';
export * from './lks-input';
export * from './parameters';
