/**
 * Solves an assignment instance file and writes the result as JSON:
 *
 *   npm run assign -- instance.json [--out result.json] [--progress]
 *
 * The instance and result formats are in docs/assignment.md. Exit status: 0 optimal,
 * 1 infeasible (the result explains why), 2 invalid instance or usage.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  solveAssignment,
  validateInstance,
  verifyOptimality,
  type AssignmentInstance,
} from '../functions/src/domain/assignment/index.ts';

const usage = 'usage: npm run assign -- instance.json [--out result.json] [--progress]';
const args = process.argv.slice(2);
let input: string | undefined;
let output: string | undefined;
let progress = false;
for (let i = 0; i < args.length; i++) {
  const arg = args[i]!;
  if (arg === '--out') output = args[++i];
  else if (arg === '--progress') progress = true;
  else if (arg === '--help' || arg === '-h') {
    console.log(usage);
    process.exit(0);
  } else if (input === undefined && !arg.startsWith('--')) input = arg;
  else {
    console.error(`unknown argument ${arg}\n${usage}`);
    process.exit(2);
  }
}
if (input === undefined || (args.includes('--out') && output === undefined)) {
  console.error(usage);
  process.exit(2);
}

const write = (value: unknown) => {
  const text = `${JSON.stringify(value, null, 2)}\n`;
  if (output) writeFileSync(output, text);
  else process.stdout.write(text);
};

let data: unknown;
try {
  data = JSON.parse(readFileSync(input, 'utf8'));
} catch (error) {
  console.error(`cannot read ${input}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}
const issues = validateInstance(data);
if (issues.length > 0) {
  write({ status: 'invalid', issues });
  process.exit(2);
}
// validateInstance has checked every field the type names.
const instance = data as AssignmentInstance;

const started = performance.now();
let lastReported = -1;
const result = solveAssignment(instance, {
  ...(progress
    ? {
        onProgress: (fraction: number) => {
          const percent = Math.floor(fraction * 100);
          if (percent >= lastReported + 10 || percent === 100) {
            lastReported = percent;
            process.stderr.write(`progress ${percent}%\n`);
          }
        },
      }
    : {}),
});
const solveMs = Math.round(performance.now() - started);

if (result.status !== 'optimal') {
  write({ ...result, solveMs });
  process.exit(result.status === 'infeasible' ? 1 : 2);
}
const check = verifyOptimality(instance, result);
write({
  status: result.status,
  objective: result.objective,
  affinityTotal: result.affinityTotal,
  penalty: result.penalty,
  loadSpread: result.loadSpread,
  certificateCheck: {
    feasible: check.feasible,
    optimal: check.optimal,
    objective: check.objective,
    dualBound: check.dualBound,
    reducedCostViolations: check.reducedCostViolations,
  },
  solveMs,
  stats: result.stats,
  assignments: result.assignments,
  loads: result.loads,
  certificate: result.certificate,
});
