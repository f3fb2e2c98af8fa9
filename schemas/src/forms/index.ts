export * from './form-definition.ts';
export * from './answers.ts';
export * from './visibility.ts';
export * from './templates.ts';
export * from './form-editing.ts';
