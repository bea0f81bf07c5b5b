/**
 * The Temporal SDK's logger interface over Baton's logger, so the runtime's, the worker's, the
 * workflows' and the activities' SDK lines are JSON lines like every other (with the request and
 * conversation ids when an activity logs them). The SDK is chatty at INFO (every state change), so
 * it logs at WARN unless LOG_LEVEL asks for debug.
 */
import type { LogLevel as SdkLogLevel, LogMetadata, Logger as SdkLogger } from '@temporalio/common';
import { currentLogger, logger } from './logger';

const SDK_LEVELS: SdkLogLevel[] = ['TRACE', 'DEBUG', 'INFO', 'WARN', 'ERROR'];
const PINO_LEVEL = { TRACE: 'trace', DEBUG: 'debug', INFO: 'info', WARN: 'warn', ERROR: 'error' } as const;

/** The least severe SDK line kept: DEBUG (or TRACE) when Baton's own level is that verbose, WARN otherwise. */
export function sdkLogLevel(): SdkLogLevel {
  if (logger.level === 'trace') return 'TRACE';
  return logger.level === 'debug' ? 'DEBUG' : 'WARN';
}

export function temporalSdkLogger(minimum: SdkLogLevel = sdkLogLevel()): SdkLogger {
  const threshold = SDK_LEVELS.indexOf(minimum);
  const log = (level: SdkLogLevel, message: string, meta?: LogMetadata) => {
    if (SDK_LEVELS.indexOf(level) < threshold) return;
    // Inside an activity, the ids of its log context; elsewhere the root logger.
    const { workflowId } = (meta ?? {}) as { workflowId?: unknown };
    const conversationId = typeof workflowId === 'string' ? /^conversation-(.+)$/.exec(workflowId)?.[1] : undefined;
    currentLogger()[PINO_LEVEL[level]]({ component: 'temporal', ...meta, ...(conversationId ? { conversationId } : {}) }, message);
  };
  return {
    log,
    trace: (message, meta) => log('TRACE', message, meta),
    debug: (message, meta) => log('DEBUG', message, meta),
    info: (message, meta) => log('INFO', message, meta),
    warn: (message, meta) => log('WARN', message, meta),
    error: (message, meta) => log('ERROR', message, meta),
  };
}
