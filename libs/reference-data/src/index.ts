export * from './entities';
export * from './loader';
export * from './postcode';
export * from './reference-data.module';
