export * from './naming-strategy';
export * from './entities';
export * from './data-source';
export * from './embedded-postgres';
export * from './database.module';
export * from './migrations';
