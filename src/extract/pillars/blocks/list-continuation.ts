/**
 * Where a list goes on after an interruption: page furniture at a page break ("12", "Page 3
 * of 10") between two items, or — when the lead-in's count is not reached yet — up to two
 * paragraphs (an item's own text, or a page's running head) before the next item of the same
 * marker and indent.
 */
import type { Block } from '../../text/layout/sentences.js';
import { isPageFurniture } from '../../text/layout/page-furniture.js';

const MAX_PARAGRAPHS = 2;

/** The index of the item the list goes on with after the interruption at block `c`, if any. */
export function listGoesOn(view: string, blocks: readonly Block[], c: number, first: Block, countLeft: boolean): number | undefined {
  let paragraphs = 0;
  for (let d = c; d < blocks.length; d++) {
    const block = blocks[d]!;
    if (block.kind === 'item') return block.indent === first.indent && block.marker === first.marker && d > c ? d : undefined;
    if (block.kind === 'heading' && !isPageFurniture(view.slice(block.start, block.end))) return undefined;
    if (isPageFurniture(view.slice(block.start, block.end))) continue;
    if (!countLeft || ++paragraphs > MAX_PARAGRAPHS) return undefined;
  }
  return undefined;
}
