import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

export interface ApiFunctionProps {
  /** Path of the handler module, relative to the repository root. */
  entry: string;
  environment: Record<string, string>;
  logRetention?: RetentionDays;
  /** 10 seconds unless said otherwise: an API request must answer quickly; a job may not. */
  timeout?: Duration;
  /** MB; 1024 unless said otherwise. */
  memorySize?: number;
}

/**
 * A Lambda function with the project's defaults: Node.js 22 on arm64 (Graviton: cheaper per
 * millisecond), bundled by the local esbuild as ESM (never through Docker), source maps on,
 * and its own log group with a retention period instead of logs kept forever.
 */
export class ApiFunction extends Construct {
  readonly function: NodejsFunction;

  constructor(scope: Construct, id: string, props: ApiFunctionProps) {
    super(scope, id);
    const logGroup = new LogGroup(this, 'Logs', {
      retention: props.logRetention ?? RetentionDays.ONE_MONTH,
      removalPolicy: RemovalPolicy.DESTROY,
    });
    this.function = new NodejsFunction(this, 'Function', {
      entry: `${repoRoot}${props.entry}`,
      handler: 'handler',
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 1024,
      timeout: props.timeout ?? Duration.seconds(10),
      logGroup,
      projectRoot: repoRoot,
      depsLockFilePath: `${repoRoot}package-lock.json`,
      environment: { NODE_OPTIONS: '--enable-source-maps', ...props.environment },
      bundling: {
        format: OutputFormat.ESM,
        target: 'node22',
        platform: 'node',
        mainFields: ['module', 'main'],
        minify: true,
        sourceMap: true,
        forceDockerBundling: false,
        // Bundle the AWS SDK rather than use the runtime's copy, so the deployed code runs the
        // SDK version from package-lock.json that the tests ran against.
        externalModules: [],
        // Some dependencies are CommonJS and call require(); ESM bundles need it defined.
        banner:
          "import { createRequire as laureateCreateRequire } from 'node:module'; const require = laureateCreateRequire(import.meta.url);",
      },
    });
  }
}
