import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import type { BackgroundJob, BackgroundWork } from '#ports/background-work';

/**
 * Background work on AWS: an asynchronous invocation of the worker function
 * (handlers/worker.ts). Lambda queues the event and answers at once; the worker has its own
 * timeout and memory, sized for the largest assignment runs (cdk/lib/api-stack.ts).
 */
export class LambdaWork implements BackgroundWork {
  constructor(
    private readonly lambda: LambdaClient,
    private readonly functionName: string,
  ) {}

  static forFunction(functionName: string, options: { region: string }): LambdaWork {
    return new LambdaWork(new LambdaClient({ region: options.region }), functionName);
  }

  async start(job: BackgroundJob): Promise<void> {
    await this.lambda.send(
      new InvokeCommand({
        FunctionName: this.functionName,
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify(job)),
      }),
    );
  }
}
