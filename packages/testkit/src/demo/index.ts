export * from './demoNetwork.ts';
