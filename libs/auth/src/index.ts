export * from './user.entity';
export * from './decorators';
export * from './password-hasher';
export * from './auth.models';
export * from './auth.service';
export * from './auth.guard';
export * from './auth.module';
