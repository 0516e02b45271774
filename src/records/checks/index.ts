import type { Check } from './context.js';
import { checkFigures } from './figures.js';
import { checkIds } from './ids.js';
import { checkFiniteNumbers } from './numbers.js';
import { checkPillarOrder } from './pillars.js';
import { checkQuotes } from './quotes.js';
import { checkRefs } from './refs.js';

/** Every integrity check, run after the schema checks, all of them on every run. */
export const CHECKS: readonly Check[] = [checkIds, checkFiniteNumbers, checkRefs, checkPillarOrder, checkFigures, checkQuotes];

export { CheckContext } from './context.js';
