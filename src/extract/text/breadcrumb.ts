/**
 * A breadcrumb trail: the line of links a saved web page opens with, naming where the page
 * sits on its site ("Home > Where we work > Laos > Projects", "News » Press releases"). It is
 * page furniture, never the document's title.
 */
const SEPARATOR = /\s+[>›»|]\s+|\s+\/\s+/;
const SEGMENT_WORDS = 5;

export function isBreadcrumbLine(line: string): boolean {
  const parts = line.trim().split(SEPARATOR);
  if (parts.length < 2 || parts.some((p) => p === '' || p.split(/\s+/).length > SEGMENT_WORDS || /[.!?;:,]$/.test(p))) return false;
  // two pieces are a trail only from the site's home ("Home > News"); three or more are one whatever they name
  return parts.length >= 3 || /^(?:home|start|accueil|inicio)$/i.test(parts[0]!);
}
