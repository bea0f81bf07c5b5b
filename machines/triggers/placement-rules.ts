import type { NodeKind } from '../flow-schema';
import type { EdgePlacement } from './trigger-definition';

/** For triggers judged on a customer message or an answer: they can only fire while the AI answers. */
export function whileAiAnswers({ type, source, nodeName }: EdgePlacement): string[] {
  return source.kind === 'ai' ? [] : [`${type} is judged while the AI answers, but the edge leaves ${source.kind} ${nodeName(source)}`];
}

/** A new edge out of this kind of node suggests this trigger, unless it leads to a person (a claim). */
export const suggestedLeaving = (kinds: readonly NodeKind[]) => (source: NodeKind, target: NodeKind) =>
  kinds.includes(source) && !(target === 'human' && source !== 'human');
