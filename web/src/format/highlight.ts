/** A highlight as the API sends it (HTML-escaped text, matches in <mark>…</mark>) split into plain parts. */
export interface HighlightPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
  '&#x27;': "'",
};
const unescape = (html: string) => html.replace(/&(?:amp|lt|gt|quot|#39|#x27);/g, (e) => ENTITIES[e]);

/**
 * Parsed rather than injected as HTML: only <mark> is honoured, anything else stays text, so a highlight can never
 * put markup on the page.
 */
export function highlightParts(html: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    if (match.index > last) parts.push({ text: unescape(html.slice(last, match.index)), marked: false });
    parts.push({ text: unescape(match[1]), marked: true });
    last = match.index + match[0].length;
  }
  if (last < html.length) parts.push({ text: unescape(html.slice(last)), marked: false });
  return parts.filter((p) => p.text !== '');
}
