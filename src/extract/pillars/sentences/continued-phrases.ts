/**
 * What an undertaking does, continued in the next sentences of its paragraph: "The project
 * trains local demining engineers and provides them with modern equipment. It also offers
 * support to Yemenis injured by the devices." A sentence continues the list when it opens with
 * the undertaking as its subject and "also" ("It also offers …", "The project will also
 * provide …"), in the verb form of the first sentence. Each such sentence adds one phrase, from
 * its verb to its end.
 */
import type { PillarInput } from '../pillar-items.js';

const CONTINUING = /^(?:It|The (?:\p{Ll}+ )?(?:project|programme|program|initiative)|This (?:project|programme|program|initiative)) (?:will )?also (?:will )?(\p{Ll}{3,})\s/u;
/** How many sentences after the first may continue it. */
const REACH = 2;

export function continuedPhrases(input: PillarInput, s: number, present: boolean): { spans: { start: number; end: number }[]; sentences: number[] } {
  const spans: { start: number; end: number }[] = [];
  const sentences: number[] = [];
  const first = input.sentences[s]!;
  for (let n = s + 1; n < input.sentences.length && n <= s + REACH; n++) {
    const next = input.sentences[n]!;
    if (next.block !== first.block) break;
    const m = CONTINUING.exec(next.text);
    if (!m) break;
    const verb = m[1]!;
    const modal = / will /.test(` ${m[0]}`);
    // "It also offers" after "trains …"; "The project will also provide" after "will clear …"
    if (present ? modal || !/[^s]s$/.test(verb) : !modal) break;
    const at = next.start + m[0].length - verb.length - 1;
    spans.push({ start: at, end: next.start + next.text.replace(/[\s.!?]+$/u, '').length });
    sentences.push(n);
  }
  return { spans, sentences };
}
