export * from './models';
export * from './args';
export * from './roles';
export * from './geo.resolver';
export * from './esco.resolver';
