/**
 * Where each of many needles first occurs in one text, in one pass over the text
 * (Aho–Corasick): the cost is the text's length plus the needles' total length, whatever
 * their number, instead of one scan of the text per needle. Pure.
 */
export function firstOccurrences(text: string, needles: readonly string[], indexOfBudget = INDEXOF_BUDGET): Int32Array {
  const found = new Int32Array(needles.length).fill(-1);
  if (needles.length === 0) return found;
  if (worstCase(text, needles) <= indexOfBudget) {
    needles.forEach((needle, i) => {
      if (needle !== '') found[i] = text.indexOf(needle);
    });
    return found;
  }
  const automaton = buildAutomaton(needles);
  const { fail, ends, dict, lengths } = automaton;
  const reported = new Uint8Array(fail.length);
  let remaining = needles.filter((n) => n !== '').length;
  for (let i = 0, state = 0; i < text.length && remaining > 0; i++) {
    const code = text.charCodeAt(i);
    let next = automaton.step(state, code);
    while (next < 0 && state !== 0) {
      state = fail[state]!;
      next = automaton.step(state, code);
    }
    state = next < 0 ? 0 : next;
    // Every needle ending here: this node's, then along the dictionary links; a node is reported once, at its first occurrence.
    for (let s = ends[state]! >= 0 ? state : dict[state]!; s > 0 && !reported[s]; s = dict[s]!) {
      reported[s] = 1;
      for (const id of automaton.needlesAt(s)) {
        if (found[id] === -1) {
          found[id] = i - lengths[id]! + 1;
          remaining--;
        }
      }
    }
  }
  return found;
}

/**
 * Up to this many character comparisons in the worst case (the text's length times the
 * needles' total length), one `indexOf` per needle is cheaper than building the automaton
 * (its root table alone is 256 KB): the usual case, a document of a few pages and the
 * handful of quotes taken from it.
 */
const INDEXOF_BUDGET = 20_000_000;

function worstCase(text: string, needles: readonly string[]): number {
  let total = 0;
  for (const needle of needles) total += needle.length;
  return text.length * total;
}

interface Automaton {
  step(state: number, code: number): number;
  needlesAt(state: number): readonly number[];
  fail: Int32Array;
  /** The first needle ending at each state, or -1. */
  ends: Int32Array;
  /** The nearest state on the failure chain where a needle ends (0: none). */
  dict: Int32Array;
  lengths: Int32Array;
}

/**
 * The trie of the needles with its failure links. Most states of a trie of sentences have
 * one child: that edge is kept in two arrays; states with more (and the root, in a table
 * of every UTF-16 code) keep a small map.
 */
function buildAutomaton(needles: readonly string[]): Automaton {
  const onlyCode: number[] = [-1];
  const onlyNext: number[] = [-1];
  const branches = new Map<number, Map<number, number>>();
  const rootTable = new Int32Array(65536).fill(-1);
  const children: number[][] = [[]];
  const endsAt: number[][] = [[]];
  const step = (state: number, code: number): number => {
    if (state === 0) return rootTable[code]!;
    if (onlyCode[state] === code) return onlyNext[state]!;
    return branches.get(state)?.get(code) ?? -1;
  };
  const addEdge = (state: number, code: number, next: number) => {
    children[state]!.push(code);
    if (state === 0) rootTable[code] = next;
    else if (onlyCode[state] === -1) {
      onlyCode[state] = code;
      onlyNext[state] = next;
    } else {
      let map = branches.get(state);
      if (!map) branches.set(state, (map = new Map()));
      map.set(code, next);
    }
  };
  needles.forEach((needle, id) => {
    if (needle === '') return;
    let state = 0;
    for (let i = 0; i < needle.length; i++) {
      const code = needle.charCodeAt(i);
      let next = step(state, code);
      if (next < 0) {
        next = children.length;
        children.push([]);
        endsAt.push([]);
        onlyCode.push(-1);
        onlyNext.push(-1);
        addEdge(state, code, next);
      }
      state = next;
    }
    endsAt[state]!.push(id);
  });
  const count = children.length;
  const fail = new Int32Array(count);
  const ends = new Int32Array(count).fill(-1);
  const dict = new Int32Array(count);
  for (let s = 0; s < count; s++) if (endsAt[s]!.length > 0) ends[s] = endsAt[s]![0]!;
  // Breadth first: a state's failure link is known before its children's.
  const queue: number[] = [];
  for (const code of children[0]!) queue.push(step(0, code));
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head]!;
    for (const code of children[state]!) {
      const child = step(state, code);
      let f = fail[state]!;
      let next = step(f, code);
      while (next < 0 && f !== 0) {
        f = fail[f]!;
        next = step(f, code);
      }
      fail[child] = next >= 0 && next !== child ? next : 0;
      dict[child] = ends[fail[child]!]! >= 0 ? fail[child]! : dict[fail[child]!]!;
      queue.push(child);
    }
  }
  const lengths = Int32Array.from(needles, (n) => n.length);
  return { step, needlesAt: (s) => endsAt[s]!, fail, ends, dict, lengths };
}
