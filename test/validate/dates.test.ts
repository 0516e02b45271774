import { describe, expect, it } from 'vitest';
import { isRealDate } from '../../src/records/dates.js';

describe('isRealDate', () => {
  it.each(['2024', '2024-02', '2024-02-29', '2000-02-29', '2023-12-31'])('accepts %s', (d) => expect(isRealDate(d)).toBe(true));
  it.each(['2024-02-30', '2023-02-29', '1900-02-29', '2024-13', '2024-00-10', '2024-04-31', '24-01-01', '2024-1-1', ''])('rejects %j', (d) =>
    expect(isRealDate(d)).toBe(false),
  );
});
