import { describe, expect, it } from 'vitest';
import { cleanText } from '../../src/extract/text/layout/markup.js';
import { segment } from '../../src/extract/text/layout/sentences.js';

const sentencesOf = (text: string): string[] => segment(cleanText(text)).sentences.map((s) => s.text);

describe('segment', () => {
  it('splits sentences but not at abbreviations, initials or decimals', () => {
    expect(sentencesOf('Remarks by Ms. KAMIKAWA Yoko. The U.S. gave USD 2.1 million. It helped.')).toEqual([
      'Remarks by Ms. KAMIKAWA Yoko.',
      'The U.S. gave USD 2.1 million.',
      'It helped.',
    ]);
  });

  it('joins a sentence broken by a blank line', () => {
    const text = '- Second, Cambodia has a well-developed professional\n\nhuman resource.\n\n- Third, more.';
    expect(sentencesOf(text)).toEqual(['Second, Cambodia has a well-developed professional\n\nhuman resource.', 'Third, more.']);
  });

  it('does not join a line of the document\'s head (date, title) to the paragraph after it, but does in the body', () => {
    expect(sentencesOf('12 September 2018\n\nLakeland pledges 46 million pounds for demining efforts\n\nLDA will release the funds this year.')).toEqual([
      '12 September 2018', 'Lakeland pledges 46 million pounds for demining efforts', 'LDA will release the funds this year.',
    ]);
    const body = 'The teams began work in the spring of that year in the hills.\n\nThe survey found that the old minefields near the border villages\n\nLakeland had marked were still dangerous.';
    expect(sentencesOf(body)).toHaveLength(2);
  });

  it('does not join labelled paragraphs after a blank line ("Goal 2: …" / "Goal 3: …", "Survey: …")', () => {
    expect(sentencesOf('Goal 2: Release contaminated land\n\nGoal 3: Support survivors and their families\n\nRisk education: teams visit schools')).toEqual([
      'Goal 2: Release contaminated land', 'Goal 3: Support survivors and their families', 'Risk education: teams visit schools',
    ]);
  });

  it('joins a quoted name split across lines', () => {
    const text = '- While presenting this "Japan\'s Package for Mine\n\nAction " to partners, we act.';
    expect(sentencesOf(text)).toHaveLength(1);
  });

  it('makes headings and list items blocks of their own', () => {
    const seg = segment(cleanText('# Title here\n\nIntro text:\n\n- one\n- two\n\n**3 Launch of the Plan**\n\nBody.'));
    expect(seg.blocks.map((b) => b.kind)).toEqual(['heading', 'para', 'item', 'item', 'heading', 'para']);
    expect(seg.sentences.map((s) => s.section)).toEqual([1, 1, 1, 1, 2, 2]);
  });

  it('keeps a title line without front matter apart from the body', () => {
    const seg = segment(cleanText('Japan and Cambodia Partner to Train Deminers\n\nJapan will send equipment.'));
    expect(seg.sentences.map((s) => s.kind)).toEqual(['heading', 'para']);
  });
});

describe('a line above a paragraph that opens with a capitalised function word', () => {
  it('is a heading of its own, not a sentence the paragraph goes on: "Five goals for the next five years" / "The strategy is …"', () => {
    const text = 'The plan was adopted in March by the national authority after long talks.\n\nFive goals for the next five years\n\nThe strategy is built around five strategic goals.';
    expect(sentencesOf(text)).toEqual(['The plan was adopted in March by the national authority after long talks.', 'Five goals for the next five years', 'The strategy is built around five strategic goals.']);
  });
});
