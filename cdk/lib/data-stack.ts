import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { TableV2 } from 'aws-cdk-lib/aws-dynamodb';
import type { Bucket } from 'aws-cdk-lib/aws-s3';
import type { Construct } from 'constructs';
import {
  tableDefinitions,
  type TableName,
} from '../../functions/src/adapters/dynamodb/table-definitions.ts';
import { AttachmentBucket } from '../constructs/attachment-bucket.ts';
import { LaureateTable } from '../constructs/laureate-table.ts';

export interface DataStackProps extends StackProps {
  /**
   * Origins of the web app, allowed to upload attachments straight to S3. Default: any
   * CloudFront domain, for a first deploy that does not know its own yet.
   */
  webOrigins?: string[];
}

/**
 * The stateful stack: the tables, from the same definitions local mode uses, and the bucket of
 * attachments. Kept apart from the stateless stacks so that those can be replaced freely
 * without touching data.
 */
export class DataStack extends Stack {
  readonly tables: Readonly<Record<TableName, TableV2>>;
  readonly filesBucket: Bucket;

  constructor(scope: Construct, id: string, props: DataStackProps = {}) {
    super(scope, id, props);
    const tables = {} as Record<TableName, TableV2>;
    for (const definition of tableDefinitions) {
      const table = new LaureateTable(this, `${definition.logicalName}Table`, definition).table;
      tables[definition.logicalName] = table;
      // Names are generated; operators need them for the console and the AWS CLI.
      new CfnOutput(this, `${definition.logicalName}TableName`, { value: table.tableName });
    }
    this.tables = tables;
    this.filesBucket = new AttachmentBucket(this, 'Files', {
      webOrigins: props.webOrigins ?? ['https://*.cloudfront.net'],
    }).bucket;
    new CfnOutput(this, 'FilesBucketName', { value: this.filesBucket.bucketName });
  }
}
