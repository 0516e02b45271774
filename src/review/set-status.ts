/** Changing a record's `status` in its file's text, keeping everything else byte for byte. Pure. */
import { isMap, isScalar, parseDocument } from 'yaml';
import type { Status } from '../model/records.js';

/**
 * The file's text with `status:` set to `status`. Only that value's characters change:
 * comments, key order, quoting and layout stay as written (the value's source range from
 * the yaml Document API is replaced). A record without a `status` key gets one, written
 * through the Document API as extraction edits drafts.
 */
export function setStatusYaml(text: string, status: Status): string {
  const doc = parseDocument(text, { keepSourceTokens: true });
  if (!isMap(doc.contents)) throw new Error('internal: record file is not a mapping');
  const node = doc.contents.get('status', true);
  if (isScalar(node) && node.range) {
    const [start, valueEnd] = node.range;
    return `${text.slice(0, start)}${status}${text.slice(valueEnd)}`;
  }
  doc.set('status', status);
  return doc.toString({ lineWidth: 0, minContentWidth: 0 });
}
