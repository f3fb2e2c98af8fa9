import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Effect, PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
  type IBucket,
} from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { filePrefixes } from '../../functions/src/ports/file-store.ts';

/**
 * What the API does with attachments: sign uploads (PutObject), read and move them
 * (GetObject, which HeadObject and CopyObject's source need too), delete them. Nothing on the
 * bucket itself, nothing outside the two prefixes.
 */
export const attachmentObjectActions = ['s3:GetObject', 's3:PutObject', 's3:DeleteObject'];

export interface AttachmentBucketProps {
  /** Origins of the web app, which upload straight to the bucket (CORS). */
  webOrigins: string[];
}

/**
 * The private bucket for application attachments. Browsers upload to it with presigned PUTs
 * (the only public way in), the API reads and moves what arrives, and uploads never confirmed
 * disappear after a day. Kept when the stack goes: submitted files are evidence.
 */
export class AttachmentBucket extends Construct {
  readonly bucket: Bucket;

  constructor(scope: Construct, id: string, props: AttachmentBucketProps) {
    super(scope, id);
    this.bucket = new Bucket(this, 'Bucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      removalPolicy: RemovalPolicy.RETAIN,
      cors: [
        {
          allowedOrigins: props.webOrigins,
          allowedMethods: [HttpMethods.PUT, HttpMethods.POST],
          allowedHeaders: ['content-type'],
          exposedHeaders: ['etag'],
          maxAge: 3600,
        },
      ],
      lifecycleRules: [
        { id: 'abort-incomplete-uploads', abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // A pending upload is moved under files/ once checked; what is left was never confirmed.
        {
          id: 'expire-unconfirmed-uploads',
          prefix: filePrefixes.pending,
          expiration: Duration.days(1),
        },
      ],
    });
  }
}

/** Least privilege for the API: object actions on the two prefixes, nothing else. */
export function grantAttachmentAccess(bucket: IBucket, grantee: IGrantable): void {
  grantee.grantPrincipal.addToPrincipalPolicy(
    new PolicyStatement({
      effect: Effect.ALLOW,
      actions: attachmentObjectActions,
      resources: [
        bucket.arnForObjects(`${filePrefixes.pending}*`),
        bucket.arnForObjects(`${filePrefixes.kept}*`),
      ],
    }),
  );
}
