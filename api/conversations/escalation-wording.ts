import { isTriggerType, TRIGGER_DESCRIPTIONS } from '../../machines/trigger-types';
import { capitalise } from '../../machines/triggers/trigger-params';

/** Why a conversation escalated, in the trigger's own words ("The customer asked for a person"), for agents who do not read trigger codes. */
export function escalationReasonText(reason: string): string {
  return isTriggerType(reason) ? capitalise(TRIGGER_DESCRIPTIONS[reason]) : reason;
}
