export * from './errors';
export * from './graphql-errors';
export * from './validation';
export * from './pagination';
export * from './actor';
export * from './dates';
export * from './clock';
export * from './logger';
