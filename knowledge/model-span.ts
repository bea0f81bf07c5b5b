import { inSpan } from '../telemetry/tracing';
import { DEFAULT_CHAT_MODEL, type ModelConfig } from './types';

/**
 * A model call in a span of its own when tracing is on (a plain call when it is off), so a message's
 * trace shows how much of its time the model took, and which call failed. No prompt or answer text
 * goes into the span: it may quote the customer.
 */
export function inModelSpan<T>(task: 'answer' | 'classify' | 'handoff summary', config: ModelConfig, call: () => Promise<T>): Promise<T> {
  return inSpan(
    `model ${task}`,
    { 'gen_ai.operation.name': 'chat', 'gen_ai.request.model': config.model || DEFAULT_CHAT_MODEL, 'baton.model.task': task },
    call,
  );
}
