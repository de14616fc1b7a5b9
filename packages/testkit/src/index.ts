export * from './reference.ts';
export * from './localsite/index.ts';
export * from './apiserver/index.ts';
export * from './simulator/index.ts';
export * from './demo/index.ts';
