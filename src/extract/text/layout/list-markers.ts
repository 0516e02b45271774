/**
 * The marker that opens a list item's line: bullets (also as Word and PDF conversions write
 * them), "1.", "1)", "(a)", "(iv)", "iv.". A line whose marker is followed on the same line by
 * the next one ("(i) survey; (ii) risk education; and (iii)") is not an item: it is an
 * enumeration inside a sentence that a hard line break happens to open.
 */

// Bullets as text converted from Word or PDF writes them too: "o ", "", "", "➤", "✓", "❖", "◆", "⁃".
const LIST_MARKER = /^( {0,12})([-+*\u2022\u00B7\u25AA\u25E6\u2023\u25CF\u25CB\u25A0\u25A1\u27A2\u25BA\u2013\u2014\u2043\u27A4\u2713\u2714\u2756\u25C6\u25C7\u2666\uF0B7\uF0A7\uF076\uF0D8\uF0FC]|o(?=[ \t]+\p{Lu})|\(?\d{1,3}(?:\)\.|[.)])|\(?[a-z](?:\)\.|[.)])|\([ivx]{1,4}\)|[ivx]{1,4}\.)[ \t]+(?=\S)/u;

const NEXT_ROMAN: Record<string, string> = { i: 'ii', ii: 'iii', iii: 'iv', iv: 'v', v: 'vi' };

/** "(i) survey; (ii) risk education; and (iii)" on one line: the first marker opens an enumeration inside a sentence, not a list item. */
function nextMarkerInline(marker: string, rest: string): boolean {
  const m = /^(\(?)([a-z]|\d{1,2}|[ivx]{1,4})(\))$/.exec(marker);
  if (!m) return false;
  const label = m[2]!;
  const next = /^\d/.test(label) ? String(Number(label) + 1) : (NEXT_ROMAN[label] ?? (label.length === 1 ? String.fromCharCode(label.charCodeAt(0) + 1) : undefined));
  return next !== undefined && rest.includes(` ${m[1]}${next})`);
}

/** The list marker opening `raw` (group 1 its indentation, group 2 the marker), if the line is a list item. */
export function listMarker(raw: string): RegExpExecArray | undefined {
  const marker = LIST_MARKER.exec(raw);
  return marker && !nextMarkerInline(marker[2]!, raw.slice(marker[0].length)) ? marker : undefined;
}
