import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Construct } from 'constructs';
import {
  tableDefinitions,
  type TableName,
} from '../../functions/src/adapters/dynamodb/table-definitions.ts';
import { LaureateTable } from '../constructs/laureate-table.ts';

/**
 * The stateful stack: the tables, from the same definitions local mode uses. Kept apart from
 * the stateless stacks so that those can be replaced freely without touching data.
 */
export class DataStack extends Stack {
  readonly tables: Readonly<Record<TableName, TableV2>>;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    const tables = {} as Record<TableName, TableV2>;
    for (const definition of tableDefinitions) {
      const table = new LaureateTable(this, `${definition.logicalName}Table`, definition).table;
      tables[definition.logicalName] = table;
      // Names are generated; operators need them for the console and the AWS CLI.
      new CfnOutput(this, `${definition.logicalName}TableName`, { value: table.tableName });
    }
    this.tables = tables;
  }
}
