/**
 * The public fields of a decision and its counts, redacted as the public will see them, and the editors' preview of
 * it. Pure: the fields come in, their public form goes out.
 *
 * Every free-text field a decision publishes is redacted: its summary, text, source note, presiding judge, and each
 * count's note. A source address cannot be redacted in place (a placeholder would break the link): when a protected
 * name appears in its path, query or fragment, only its site is published (`https://news.example/`); when it appears
 * in the host itself, nothing is; either way the decision says so (`sourceUrlWithheld`).
 */
import { REDACTED, Redactor, type MatchKind, type RedactionSpan } from './redact';

/** The fields of a decision that reach the public, as entered. */
export interface DecisionTexts {
  summary: string | null;
  text: string | null;
  sourceNote: string | null;
  presidingJudge: string | null;
  sourceUrl: string | null;
}

/** ...and as the public sees them. */
export interface PublicDecisionTexts extends DecisionTexts {
  sourceUrlWithheld: boolean;
}

export interface PublicUrl {
  url: string | null;
  withheld: boolean;
}

/** A source address as the public may see it: whole, its site only, or nothing (see the top of this file). */
export function publicSourceUrl(url: string | null, redactor: Redactor): PublicUrl {
  if (url === null) return { url: null, withheld: false };
  if (redactor.spans(url).length === 0) return { url, withheld: false };
  let parsed: URL | null = null;
  try {
    parsed = new URL(url);
  } catch {
    parsed = null;
  }
  const site = parsed && /^https?:$/.test(parsed.protocol) ? `${parsed.origin}/` : null;
  return { url: site !== null && redactor.spans(site).length === 0 ? site : null, withheld: true };
}

const redactOrNull = (text: string | null, redactor: Redactor) =>
  text === null ? null : redactor.redact(text);

/** A decision's public fields, redacted against the names of `redactor`. */
export function publicDecisionTexts(texts: DecisionTexts, redactor: Redactor): PublicDecisionTexts {
  const source = publicSourceUrl(texts.sourceUrl, redactor);
  return {
    summary: redactOrNull(texts.summary, redactor),
    text: redactOrNull(texts.text, redactor),
    sourceNote: redactOrNull(texts.sourceNote, redactor),
    presidingJudge: redactOrNull(texts.presidingJudge, redactor),
    sourceUrl: source.url,
    sourceUrlWithheld: source.withheld,
  };
}

/** A count's note as the public sees it. */
export const publicCountNote = (note: string | null, redactor: Redactor): string | null =>
  redactOrNull(note, redactor);

// ---- Preview ----------------------------------------------------------------------------------------------

/** A stretch of a text as entered: kept, or redacted (with how it was found and whose name it is). */
export interface PreviewSegment {
  text: string;
  redacted: boolean;
  reason: MatchKind | null;
  names: string[];
}

export interface PreviewText {
  /** Exactly what the public will see. */
  public: string;
  segments: PreviewSegment[];
}

export interface PreviewUrl {
  public: string | null;
  withheld: boolean;
  segments: PreviewSegment[];
}

function segmentsOf(text: string, spans: RedactionSpan[], names: readonly string[]): PreviewSegment[] {
  const segments: PreviewSegment[] = [];
  let at = 0;
  const kept = (end: number) => {
    if (end > at) segments.push({ text: text.slice(at, end), redacted: false, reason: null, names: [] });
  };
  for (const span of spans) {
    kept(span.start);
    segments.push({
      text: text.slice(span.start, span.end),
      redacted: true,
      reason: span.kind,
      names: span.names.map((i) => names[i]),
    });
    at = span.end;
  }
  kept(text.length);
  return segments;
}

/** A text's preview: the public text and the text as entered, each redaction marked. */
export function previewText(text: string, redactor: Redactor): PreviewText {
  const spans = redactor.spans(text);
  let shown = '';
  let at = 0;
  for (const span of spans) {
    shown += text.slice(at, span.start) + REDACTED;
    at = span.end;
  }
  return { public: shown + text.slice(at), segments: segmentsOf(text, spans, redactor.names) };
}

export function previewUrl(url: string, redactor: Redactor): PreviewUrl {
  const { url: shown, withheld } = publicSourceUrl(url, redactor);
  return { public: shown, withheld, segments: segmentsOf(url, redactor.spans(url), redactor.names) };
}
