/** A schema's message ("the name is required") as a sentence of its own. */
export const sentence = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}.`;
