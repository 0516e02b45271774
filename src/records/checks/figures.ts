import { diagnostic, type Diagnostic } from '../../diagnostics/diagnostic.js';
import type { Check } from './context.js';

/** Units whose quantities cannot be negative. */
const NON_NEGATIVE_UNITS = new Set(['count', 'km2', 'hectare', 'acre', 'm2', 'year', 'month', 'week', 'day', 'hour', 'minute', 'tonne', 'km']);

/** `figure/value-or-range`, `figure/min-above-max`, `figure/negative-count`. */
export const checkFigures: Check = (context) => {
  const out: Diagnostic[] = [];
  for (const figure of context.byType.get('figure')?.values() ?? []) {
    const { value, min, max, unit } = figure.value;
    // NaN and infinities are reported once, as `record/not-finite`.
    const has = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
    if (has(value) && (has(min) || has(max))) {
      out.push(diagnostic(figure.file, figure.locate(['value'], 'key'), 'figure/value-or-range', 'A figure has either a `value` or a range (`min`/`max`), not both.', 'Keep `value` for a single number, or `min`/`max` for a range.'));
    } else if (!has(value) && !has(min) && !has(max) && value === undefined && min === undefined && max === undefined) {
      out.push(diagnostic(figure.file, figure.locate([]), 'figure/value-or-range', 'The figure states no number: add `value`, or `min` and/or `max`.', 'Write `value: 12`, or `min: 4000000` and `max: 6000000`.'));
    }
    if (has(min) && has(max) && min > max) {
      out.push(diagnostic(figure.file, figure.locate(['min']), 'figure/min-above-max', `The range is upside down: \`min\` ${min} is greater than \`max\` ${max}.`, 'Swap the two numbers.'));
    }
    if (typeof unit === 'string' && NON_NEGATIVE_UNITS.has(unit)) {
      for (const field of ['value', 'min', 'max'] as const) {
        const n = figure.value[field];
        if (has(n) && n < 0) {
          out.push(diagnostic(figure.file, figure.locate([field]), 'figure/negative-count', `\`${field}\` is ${n}, but a ${unit} cannot be negative.`, 'Write the quantity as a positive number.'));
        }
      }
    }
  }
  return out;
};
