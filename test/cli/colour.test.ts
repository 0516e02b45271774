import { describe, expect, it } from 'vitest';
import { colourLevel } from '../../src/cli/colour.js';

const tty = { write: () => true, isTTY: true };
const pipe = { write: () => true };

describe('colourLevel', () => {
  it('colours a terminal and not a pipe', () => {
    expect(colourLevel(tty, {})).toBe(1);
    expect(colourLevel(pipe, {})).toBe(0);
  });
  it('never colours with NO_COLOR set, even when forced', () => {
    expect(colourLevel(tty, { NO_COLOR: '1' })).toBe(0);
    expect(colourLevel(tty, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(0);
  });
  it('ignores an empty NO_COLOR, as the convention says', () => {
    expect(colourLevel(tty, { NO_COLOR: '' })).toBe(1);
  });
  it('honours FORCE_COLOR on a pipe, and FORCE_COLOR=0 on a terminal', () => {
    expect(colourLevel(pipe, { FORCE_COLOR: '1' })).toBe(1);
    expect(colourLevel(pipe, { FORCE_COLOR: '3' })).toBe(3);
    expect(colourLevel(tty, { FORCE_COLOR: '0' })).toBe(0);
  });
  it('--no-color wins', () => {
    expect(colourLevel(tty, { FORCE_COLOR: '1' }, false)).toBe(0);
  });
  it('a dumb terminal gets none', () => {
    expect(colourLevel(tty, { TERM: 'dumb' })).toBe(0);
  });
});
