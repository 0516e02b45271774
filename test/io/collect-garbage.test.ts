import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectGarbage, enableGarbageCollection } from '../../src/io/collect-garbage.js';

describe('collectGarbage', () => {
  it('once the launcher turns it on, collects what nothing holds, without exposing gc to the program', async () => {
    const held = (): WeakRef<object> => new WeakRef({ big: new Array(1000).fill('x') });
    collectGarbage(); // not turned on: nothing (and nothing thrown)
    enableGarbageCollection();
    const after = held();
    await nextTurn();
    collectGarbage();
    expect(after.deref()).toBeUndefined();
    expect(typeof (globalThis as { gc?: unknown }).gc).toBe('undefined');
  });
});
