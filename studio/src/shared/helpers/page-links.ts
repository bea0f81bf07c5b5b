/**
 * Addresses of one page's things as another page opens them: the contract between the inbox,
 * the dashboard, the flow studio and the knowledge base.
 */

/** A conversation opened in the inbox's thread view (the inbox keeps the open one in `#c=`). */
export function conversationHref(conversationId: string): string {
  return `/#c=${encodeURIComponent(conversationId)}`;
}

const DRAFT_PARAM = 'draft';

/** The knowledge base with a new article started, its title prefilled (e.g. a question the help centre could not answer). */
export function draftArticleHref(title: string): string {
  return `/knowledge?${new URLSearchParams({ [DRAFT_PARAM]: title })}`;
}

/** The title `draftArticleHref` asked for, if this address carries one. */
export function draftTitleFrom(search: string): string | null {
  const title = new URLSearchParams(search).get(DRAFT_PARAM)?.trim();
  return title ? title : null;
}
