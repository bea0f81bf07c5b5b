import { WidgetConversation } from './widget-conversation';
import { mountWidget } from './widget-view';

/**
 * The embeddable widget: `<script src="https://baton.example.com/widget.js" data-workspace="demo">`.
 * The API is the origin the script came from (or `data-api`); `data-title` names the chat;
 * `data-layout="page"` makes the widget the whole page (the /chat page emailed links open).
 * A `#resume=<token>` in the page's address (an emailed link) opens that conversation.
 */
function findScriptTag(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[src*="widget.js"]');
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/** The emailed link this page was opened with, if any; the token is taken out of the address bar at once. */
function takeResumeLink(): string | null {
  if (!/^#resume=./.test(location.hash)) return null;
  const link = location.href;
  history.replaceState(history.state, '', location.pathname + location.search);
  return link;
}

function start(script: HTMLScriptElement): void {
  const workspaceKey = script.dataset.workspace?.trim() || null;
  const fullPage = script.dataset.layout === 'page';
  const resumeLink = takeResumeLink();
  if (!workspaceKey && !fullPage) {
    console.error('Baton widget: add data-workspace="<your workspace key>" to the widget.js script tag.');
    return;
  }
  const apiBase = script.dataset.api ?? new URL(script.src, document.baseURI).origin;
  // The workspace rides in the URL, which a browser's preflight carries too: the API lets this page's
  // origin call only for a workspace that lists it among its widget origins.
  const endpoint = new URL('/graphql', apiBase);
  if (workspaceKey) endpoint.searchParams.set('workspace', workspaceKey);
  const conversation = new WidgetConversation({ endpoint: endpoint.href, workspaceKey }, localStorageOrNull());
  const host = document.createElement('div');
  host.id = 'baton-widget';
  document.body.append(host);
  const unavailable = !resumeLink && !conversation.canStart ? 'This link is missing its conversation; write to us from the website.' : null;
  mountWidget(host, conversation, { title: script.dataset.title ?? '', fullPage, unavailable });
  if (resumeLink) void conversation.resumeFromLink(resumeLink);
  else conversation.resume();
}

const script = findScriptTag();
if (script && !document.getElementById('baton-widget')) {
  if (document.body) start(script);
  else document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
}
