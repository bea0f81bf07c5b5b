import type { BatonContext } from '../context';
import type { MutationResumeWidgetSessionArgs, ResumedWidgetSession } from '../schema/generated/resolvers-types';

export async function handleResumeWidgetSession(_request: { input: MutationResumeWidgetSessionArgs; context: BatonContext }): Promise<ResumedWidgetSession> {
  throw new Error('not built yet');
}
