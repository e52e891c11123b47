export * from './entities';
export * from './reference-data.module';
