export * from './types.ts';
export * from './platform.ts';
export * from './problems.ts';
