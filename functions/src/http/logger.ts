/**
 * Structured JSON logs, one object per line, as CloudWatch Logs Insights and `jq` like them.
 * Log ids and outcomes, never request bodies or applicant data.
 */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
  child(fields: Record<string, unknown>): Logger;
}

const severity: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

export function createLogger(options: {
  level?: LogLevel;
  service?: string;
  fields?: Record<string, unknown>;
  write?: (line: string) => void;
}): Logger {
  const minimum = severity[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stdout.write(line + '\n'));
  const base = { service: options.service ?? 'laureate-api', ...options.fields };
  const log =
    (level: LogLevel) =>
    (message: string, fields: Record<string, unknown> = {}): void => {
      if (severity[level] < minimum) return;
      write(
        JSON.stringify({
          level,
          time: new Date().toISOString(),
          message,
          ...base,
          ...serialise(fields),
        }),
      );
    };
  return {
    debug: log('debug'),
    info: log('info'),
    warn: log('warn'),
    error: log('error'),
    child: (fields) => createLogger({ ...options, fields: { ...options.fields, ...fields } }),
  };
}

/** Errors do not survive JSON.stringify; keep their name, message, stack and cause. */
function serialise(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    out[key] = value instanceof Error ? describeError(value) : value;
  }
  return out;
}

function describeError(error: Error): Record<string, unknown> {
  return {
    name: error.name,
    message: error.message,
    stack: error.stack,
    ...(error.cause instanceof Error ? { cause: describeError(error.cause) } : {}),
  };
}

/** A logger that drops everything: for tests that do not read logs. */
export const silentLogger: Logger = createLogger({ write: () => undefined });
