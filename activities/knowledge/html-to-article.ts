import { HTMLElement, Node, NodeType, parse } from 'node-html-parser'

/** Page furniture that is never part of an article's answerable text. */
const SKIPPED_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'nav', 'header', 'footer', 'aside', 'form', 'button', 'iframe',
])
const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'blockquote', 'table', 'tr', 'ul', 'ol', 'dl', 'dt', 'dd', 'figure',
  'figcaption', 'details', 'summary',
])

/**
 * Extracts an article from an HTML page: its main text as Markdown-like lines (headings,
 * list items, paragraphs), so chunking and the offline answerer treat it like Markdown.
 */
export function htmlToArticle(html: string, fallbackTitle: string): { title: string; url: string | null; tags: string[]; body: string } {
  const root = parse(html, { comment: false, blockTextElements: { script: true, style: true, pre: true, noscript: true } })
  const main = root.querySelector('main') ?? root.querySelector('article') ?? root.querySelector('body') ?? root

  const h1 = main.querySelector('h1')
  const title = cleanInline(root.querySelector('title')?.text ?? '') || cleanInline(h1?.text ?? '') || fallbackTitle
  const canonical = root.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim()
  const keywords = root.querySelector('meta[name="keywords"]')?.getAttribute('content') ?? ''

  const lines: string[] = []
  renderBlock(main, lines, h1 ?? null)
  const body = lines.join('\n').replace(/\n{3,}/g, '\n\n').trim()

  return {
    title,
    url: canonical && /^https?:\/\//i.test(canonical) ? canonical : null,
    tags: [...new Set(keywords.split(',').map((tag) => tag.trim()).filter(Boolean))],
    body,
  }
}

function renderBlock(element: HTMLElement, lines: string[], skipHeading: HTMLElement | null): void {
  let inline = ''
  const flush = () => {
    const text = cleanInline(inline)
    if (text) lines.push(text, '')
    inline = ''
  }
  for (const child of element.childNodes) {
    if (child.nodeType === NodeType.TEXT_NODE) {
      inline += child.text
      continue
    }
    if (!(child instanceof HTMLElement)) continue
    const tag = child.rawTagName?.toLowerCase() ?? ''
    if (SKIPPED_TAGS.has(tag) || child === skipHeading) continue

    const heading = /^h([1-6])$/.exec(tag)
    if (heading) {
      flush()
      lines.push(`${'#'.repeat(Number(heading[1]))} ${cleanInline(child.text)}`, '')
    } else if (tag === 'li') {
      flush()
      const marker = child.parentNode?.rawTagName?.toLowerCase() === 'ol' ? `${indexInList(child)}.` : '-'
      lines.push(`${marker} ${cleanInline(inlineText(child))}`)
    } else if (tag === 'pre') {
      flush()
      lines.push('```', child.text.trim(), '```', '')
    } else if (tag === 'br') {
      inline += '\n'
    } else if (BLOCK_TAGS.has(tag)) {
      flush()
      renderBlock(child, lines, skipHeading)
      if (tag === 'ul' || tag === 'ol') lines.push('')
    } else {
      inline += inlineText(child)
    }
  }
  flush()
}

function inlineText(node: Node): string {
  if (node.nodeType === NodeType.TEXT_NODE) return node.text
  if (!(node instanceof HTMLElement)) return ''
  const tag = node.rawTagName?.toLowerCase() ?? ''
  if (SKIPPED_TAGS.has(tag)) return ''
  const inner = node.childNodes.map(inlineText).join('')
  if (tag === 'strong' || tag === 'b') return `**${inner}**`
  if (tag === 'code') return `\`${inner}\``
  return inner
}

function indexInList(item: HTMLElement): number {
  const siblings = (item.parentNode?.childNodes ?? []).filter(
    (node) => node instanceof HTMLElement && node.rawTagName?.toLowerCase() === 'li',
  )
  return siblings.indexOf(item) + 1
}

function cleanInline(text: string): string {
  return decodeEntities(text).replace(/[ \t\r\n]+/g, ' ').trim()
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', rsaquo: '›', lsaquo: '‹', copy: '©', rarr: '→',
  mdash: '—', ndash: '–', hellip: '…', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, entity: string) => {
    if (entity[0] === '#') {
      const code = entity[1]?.toLowerCase() === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10)
      return Number.isFinite(code) ? String.fromCodePoint(code) : whole
    }
    return NAMED_ENTITIES[entity.toLowerCase()] ?? whole
  })
}
