import { WidgetConversation } from './widget-conversation';
import { mountWidget } from './widget-view';

/**
 * The embeddable widget: `<script src="https://baton.example.com/widget.js" data-workspace="demo">`.
 * The API is the origin the script came from (or `data-api`); `data-title` names the chat.
 */
function findScriptTag(): HTMLScriptElement | null {
  const current = document.currentScript;
  if (current instanceof HTMLScriptElement) return current;
  return document.querySelector<HTMLScriptElement>('script[data-workspace][src*="widget.js"]');
}

function localStorageOrNull(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function start(script: HTMLScriptElement): void {
  const workspaceKey = script.dataset.workspace?.trim();
  if (!workspaceKey) {
    console.error('Baton widget: add data-workspace="<your workspace key>" to the widget.js script tag.');
    return;
  }
  const apiBase = script.dataset.api ?? new URL(script.src, document.baseURI).origin;
  // The workspace rides in the URL, which a browser's preflight carries too: the API lets this page's
  // origin call only for a workspace that lists it among its widget origins.
  const endpoint = new URL('/graphql', apiBase);
  endpoint.searchParams.set('workspace', workspaceKey);
  const conversation = new WidgetConversation({ endpoint: endpoint.href, workspaceKey }, localStorageOrNull());
  const host = document.createElement('div');
  host.id = 'baton-widget';
  document.body.append(host);
  mountWidget(host, conversation, { title: script.dataset.title ?? '' });
  conversation.resume();
}

const script = findScriptTag();
if (script && !document.getElementById('baton-widget')) {
  if (document.body) start(script);
  else document.addEventListener('DOMContentLoaded', () => start(script), { once: true });
}
