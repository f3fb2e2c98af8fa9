export * from './common.ts';
export * from './competition.ts';
export * from './health.ts';
export * from './auth.ts';
