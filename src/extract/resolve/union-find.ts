/** Disjoint sets over string keys with path halving; the key added first stays the root, for determinism. */
export class UnionFind {
  private readonly parent = new Map<string, string>();
  private readonly order = new Map<string, number>();

  add(key: string): void {
    if (this.parent.has(key)) return;
    this.parent.set(key, key);
    this.order.set(key, this.order.size);
  }

  has(key: string): boolean {
    return this.parent.has(key);
  }

  find(key: string): string {
    this.add(key);
    let k = key;
    for (;;) {
      const p = this.parent.get(k)!;
      if (p === k) return k;
      const gp = this.parent.get(p)!;
      this.parent.set(k, gp);
      k = gp;
    }
  }

  union(a: string, b: string): string {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return ra;
    // The key seen first stays root, so roots do not depend on union order.
    const [root, child] = this.order.get(ra)! <= this.order.get(rb)! ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    return root;
  }

  keys(): IterableIterator<string> {
    return this.parent.keys();
  }
}
