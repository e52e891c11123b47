export * from './entities';
export * from './acquisition.module';
