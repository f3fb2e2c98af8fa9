import { describe, expect, it } from 'vitest';
import { localTableNames, tableDefinitions, tableNamesFromEnv } from './table-definitions.ts';

describe('table definitions', () => {
  it('give each table a distinct logical name and environment variable', () => {
    const names = tableDefinitions.map((table) => table.logicalName);
    const envVars = tableDefinitions.map((table) => table.envVar);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(envVars).size).toBe(envVars.length);
  });

  it('read deployed table names from the environment and fail loudly when one is missing', () => {
    expect(tableNamesFromEnv({ TABLE_MAIN: 'stack-main-1', TABLE_AUDIT: 'stack-audit-1' })).toEqual(
      {
        main: 'stack-main-1',
        audit: 'stack-audit-1',
      },
    );
    expect(() => tableNamesFromEnv({ TABLE_MAIN: 'x' })).toThrow('TABLE_AUDIT');
  });

  it('prefix local names so parallel runs do not meet', () => {
    expect(localTableNames('t-1')).toEqual({ main: 't-1-main', audit: 't-1-audit' });
  });
});
