/**
 * A cheap test that a sentence may hold a figure: a digit, a currency sign, a number word.
 * Two patterns instead of one alternation, signs first: most sentences with a figure have a
 * digit, found by a scan for one character class before the number words are tried at
 * every word. The answer is the alternation's.
 */
const SIGN = /[0-9$\u20AC\u00A3\u00A5\u20B9\u20A9\u20B4\u17DB%]/;
const NUMBER_WORD = /\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|fou?rty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozens?|hundreds|thousands|several|single|decades?|century|half|thirds?|quarters?|fifths?)\b/i;

export function mayHoldFigure(text: string): boolean {
  return SIGN.test(text) || NUMBER_WORD.test(text);
}
