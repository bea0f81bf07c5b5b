/**
 * A small HTML reader for help-centre pages: elements, text and the few attributes ingestion
 * reads. Every character is looked at a bounded number of times, so a hostile 5 MB page (a
 * million unclosed tags, `<` without `>`, an unterminated comment) reads in well under a second;
 * the general-purpose parsers tried before took minutes on such pages. It is not a browser:
 * it keeps what an article needs (structure, text) and ignores the rest.
 */

export type HtmlNode = HtmlElement | string;

export type HtmlElement = {
  tag: string;
  /** Only for the tags whose attributes ingestion reads (see KEPT_ATTRIBUTES); empty otherwise. */
  attributes: ReadonlyMap<string, string>;
  children: HtmlNode[];
};

/**
 * Deeper elements are flattened into their ancestor at this depth: real pages nest a few dozen
 * levels, and the walks over the tree recurse once per level.
 */
export const MAX_HTML_DEPTH = 100;
/**
 * Past this many elements the rest of the page is read as text: a long article has a few
 * thousand, and a tree of millions (a page of bare `<p>` tags) costs seconds to build and walk.
 */
export const MAX_HTML_ELEMENTS = 50_000;

const VOID_TAGS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
/** Elements whose content is text up to their closing tag, never markup. */
const RAW_TEXT_TAGS = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noembed', 'noframes']);
const KEPT_ATTRIBUTES = new Set(['link', 'meta']);
/** A block that starts here ends an open paragraph, as browsers do. */
const CLOSES_PARAGRAPH = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'details',
  'div',
  'dl',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'ul',
]);

const NO_ATTRIBUTES: ReadonlyMap<string, string> = new Map();
const NO_CHILDREN: readonly HtmlNode[] = [];

const ATTRIBUTE_NAME = /[^\s/>][^\s/>=]*/y;
const UNQUOTED_VALUE = /[^\s>]*/y;
const SPACE = /[\s/]*/y;
const WHITESPACE = /\s*/y;

export function readHtml(html: string): HtmlElement {
  const root: HtmlElement = { tag: '#root', attributes: NO_ATTRIBUTES, children: [] };
  const open: HtmlElement[] = [root];
  // Open paragraphs and list items, so the many tags that close them cost nothing when none is.
  let openParagraphs = 0;
  let openListItems = 0;
  let elements = 0;
  let position = 0;

  const current = () => open[open.length - 1]!;
  // Text of the current element since its last child, joined once: appending piece by piece built a
  // string of a million parts when tags past the element limit leave only their text.
  const textParts: string[] = [];
  const addText = (text: string) => {
    if (text !== '') textParts.push(text);
  };
  const flushText = () => {
    if (textParts.length === 0) return;
    const text = textParts.join('');
    textParts.length = 0;
    const children = current().children;
    const last = children[children.length - 1];
    if (typeof last === 'string') children[children.length - 1] = last + text;
    else children.push(text);
  };
  const pop = () => {
    flushText();
    const tag = open.pop()!.tag;
    if (tag === 'p') openParagraphs -= 1;
    else if (tag === 'li') openListItems -= 1;
  };
  // The stack holds at most MAX_HTML_DEPTH elements, so looking down it is bounded.
  const closeTag = (tag: string) => {
    if ((tag === 'p' && openParagraphs === 0) || (tag === 'li' && openListItems === 0)) return;
    let index = open.length - 1;
    while (index > 0 && open[index]!.tag !== tag) index -= 1;
    if (index === 0) return;
    while (open.length > index) pop();
  };
  const closeListItem = () => {
    if (openListItems === 0) return;
    for (let index = open.length - 1; index > 0; index--) {
      const tag = open[index]!.tag;
      if (tag === 'ul' || tag === 'ol') return;
      if (tag === 'li') return closeTag('li');
    }
  };
  const openTag = (tag: string, attributes: ReadonlyMap<string, string>): HtmlElement | null => {
    if (openParagraphs > 0 && (CLOSES_PARAGRAPH.has(tag) || tag === 'li')) closeTag('p');
    if (tag === 'li') closeListItem();
    const isVoid = VOID_TAGS.has(tag);
    // Past either limit an element adds nothing but its text, which its ancestor takes.
    if ((open.length > MAX_HTML_DEPTH && !isVoid) || elements >= MAX_HTML_ELEMENTS) return null;
    elements += 1;
    const element: HtmlElement = { tag, attributes, children: isVoid ? (NO_CHILDREN as HtmlNode[]) : [] };
    flushText();
    current().children.push(element);
    if (isVoid) return element;
    open.push(element);
    if (tag === 'p') openParagraphs += 1;
    else if (tag === 'li') openListItems += 1;
    return element;
  };

  // Text runs from textStart; a `<` that opens no tag stays part of it.
  let textStart = 0;
  while (position < html.length) {
    const lt = html.indexOf('<', position);
    if (lt === -1) break;
    const next = html[lt + 1];
    const isComment = html.startsWith('!--', lt + 1);
    const isEndTag = next === '/' && isLetter(html[lt + 2]);
    if (!isComment && !isEndTag && next !== '!' && next !== '?' && next !== '/' && !isLetter(next)) {
      position = lt + 1;
      continue;
    }
    addText(html.slice(textStart, lt));
    if (isComment) {
      const end = html.indexOf('-->', lt + 4);
      position = end === -1 ? html.length : end + 3;
    } else if (isEndTag) {
      const nameEnd = tagNameEnd(html, lt + 2);
      const name = lowerCase(html.slice(lt + 2, nameEnd));
      const end = html.indexOf('>', nameEnd);
      position = end === -1 ? html.length : end + 1;
      if (end !== -1) closeTag(name);
    } else if (!isLetter(next)) {
      // <!DOCTYPE …>, <?xml …?>, </ 3>: nothing to keep.
      const end = html.indexOf('>', lt + 2);
      position = end === -1 ? html.length : end + 1;
    } else {
      const tag = readStartTag(html, lt + 1);
      if (!tag) {
        position = html.length;
      } else {
        const element = openTag(tag.name, tag.attributes);
        position = tag.end;
        if (RAW_TEXT_TAGS.has(tag.name) && !tag.selfClosing) {
          const close = new RegExp(`</${tag.name}(?=[\\s/>])`, 'ig');
          close.lastIndex = position;
          const found = close.exec(html);
          const end = found ? found.index : html.length;
          if (element) {
            element.children.push(html.slice(position, end));
            closeTag(tag.name);
          }
          position = end;
        }
      }
    }
    textStart = position;
  }
  addText(html.slice(textStart));
  while (open.length > 1) pop();
  flushText();
  return root;
}

/** A start tag from its name on; null when the file ends inside it (the rest is dropped, as browsers do). */
function readStartTag(html: string, from: number): { name: string; attributes: ReadonlyMap<string, string>; end: number; selfClosing: boolean } | null {
  let at = tagNameEnd(html, from);
  const name = lowerCase(html.slice(from, at));
  const attributes = KEPT_ATTRIBUTES.has(name) ? new Map<string, string>() : null;
  // Most tags end right after their name (<p>, <li>): no attribute scanning for them.
  if (html[at] === '>') return { name, attributes: attributes ?? NO_ATTRIBUTES, end: at + 1, selfClosing: false };
  for (;;) {
    SPACE.lastIndex = at;
    SPACE.exec(html);
    at = SPACE.lastIndex;
    if (at >= html.length) return null;
    if (html[at] === '>') return { name, attributes: attributes ?? NO_ATTRIBUTES, end: at + 1, selfClosing: html[at - 1] === '/' };
    ATTRIBUTE_NAME.lastIndex = at;
    const attribute = ATTRIBUTE_NAME.exec(html)![0].toLowerCase();
    at = ATTRIBUTE_NAME.lastIndex;
    WHITESPACE.lastIndex = at;
    WHITESPACE.exec(html);
    let value = '';
    if (html[WHITESPACE.lastIndex] === '=') {
      WHITESPACE.lastIndex += 1;
      WHITESPACE.exec(html);
      at = WHITESPACE.lastIndex;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        if (close === -1) return null;
        value = html.slice(at + 1, close);
        at = close + 1;
      } else {
        UNQUOTED_VALUE.lastIndex = at;
        value = UNQUOTED_VALUE.exec(html)![0];
        at = UNQUOTED_VALUE.lastIndex;
      }
    }
    if (attributes && !attributes.has(attribute)) attributes.set(attribute, value);
  }
}

/**
 * Where a tag name that starts at `from` (a letter) ends: at whitespace, `/` or `>`. A loop over
 * character codes, not a regex match: it runs for every tag of the file and allocates nothing.
 */
function tagNameEnd(html: string, from: number): number {
  let at = from + 1;
  for (; at < html.length; at++) {
    const code = html.charCodeAt(at);
    if (code === 0x3e || code === 0x2f || code === 0x20 || (code >= 0x09 && code <= 0x0d)) break;
  }
  return at;
}

const UPPER_CASE = /[A-Z]/;
/** Tag names are nearly always lower case already; lowering those would copy each. */
const lowerCase = (name: string) => (UPPER_CASE.test(name) ? name.toLowerCase() : name);

/** A character code test, not a regex: it runs for every `<` of the file. */
function isLetter(character: string | undefined): boolean {
  if (character === undefined) return false;
  const code = character.charCodeAt(0) | 0x20;
  return code >= 0x61 && code <= 0x7a;
}

/**
 * The first element (in document order, under `from`) for each wanted tag that passes its test,
 * found in one walk.
 */
export function firstElements<T extends string>(from: HtmlElement, wanted: Record<T, (element: HtmlElement) => boolean>): Map<T, HtmlElement> {
  const tests = new Map(Object.entries(wanted) as [T, (element: HtmlElement) => boolean][]);
  const found = new Map<T, HtmlElement>();
  const pending: HtmlNode[] = [];
  for (let index = from.children.length - 1; index >= 0; index--) pending.push(from.children[index]!);
  while (pending.length > 0 && found.size < tests.size) {
    const node = pending.pop()!;
    if (typeof node === 'string') continue;
    const tag = node.tag as T;
    if (!found.has(tag) && tests.get(tag)?.(node)) found.set(tag, node);
    for (let index = node.children.length - 1; index >= 0; index--) pending.push(node.children[index]!);
  }
  return found;
}

/** All the text under a node, markup removed (entities still encoded). */
export function textOf(node: HtmlNode): string {
  if (typeof node === 'string') return node;
  const parts: string[] = [];
  const pending: HtmlNode[] = [node];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (typeof next === 'string') parts.push(next);
    else for (let index = next.children.length - 1; index >= 0; index--) pending.push(next.children[index]!);
  }
  return parts.join('');
}
