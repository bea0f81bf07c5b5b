/** The widget button a flow's default escalation listens for. */
export const TALK_TO_HUMAN = 'talk_to_human';

/** The widget's buttons by the name it sends (a Map: the name comes from the widget, and "constructor" must find nothing). */
const WIDGET_ACTION_LABELS = new Map([[TALK_TO_HUMAN, 'Talk to a person']]);

/** How a widget action reads to people: the label on its button, or its name for a button the widget does not show. */
export const widgetActionLabel = (action: string): string => WIDGET_ACTION_LABELS.get(action) ?? action;
