export * from './lks';
export * from './arrangements.module';
