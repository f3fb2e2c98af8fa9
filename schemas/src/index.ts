export * from './common.ts';
export * from './competition.ts';
export * from './competition-admin.ts';
export * from './health.ts';
export * from './auth.ts';
export * from './organisation.ts';
export * from './application.ts';
export * from './forms/index.ts';
