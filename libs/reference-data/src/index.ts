export * from './entities';
export * from './loader';
export * from './postcode';
export * from './reference-data.types';
export * from './reference-data.service';
export * from './reference-data.module';
