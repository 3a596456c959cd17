import { expect } from '@open-wc/testing';
import { impactOf, labelInSentence, readTiers } from '../src/tiers.js';

// The seed appeal's six tiers (shared/SAMPLE-CAMPAIGN.md), in the post's order.
const SAMPLE = [
  { amount: 45, label: 'covers one day of undercover investigations' },
  { amount: 240, label: 'covers six days of aftercare for a victim' },
  { amount: 455, label: 'covers seven days of legal advocacy' },
  { amount: 2540, label: 'covers one day of operations in a field office' },
  { amount: 4500, label: 'covers one rescue operation' },
  { amount: 18500, label: 'covers a national lawyer for a year' },
];

describe('readTiers', () => {
  it('keeps good tiers, sorted by amount', () => {
    const { tiers, problems } = readTiers([SAMPLE[3], SAMPLE[0], SAMPLE[5], SAMPLE[1]], 'the feed');
    expect(tiers.map((tier) => tier.amount)).to.deep.equal([45, 240, 2540, 18500]);
    expect(problems).to.deep.equal([]);
  });

  it('reads amounts given as text, as attributes give them, and folds white space in labels', () => {
    const { tiers } = readTiers([{ amount: ' 12.50 ', label: '\n  buys   a book\n' }], '<campaign-tier>');
    expect(tiers).to.deep.equal([{ amount: 12.5, label: 'buys a book' }]);
  });

  it('keeps two tiers of the same amount, in the order given', () => {
    const { tiers } = readTiers(
      [
        { amount: 50, label: 'first' },
        { amount: 10, label: 'small' },
        { amount: 50, label: 'second' },
      ],
      'x',
    );
    expect(tiers.map((tier) => tier.label)).to.deep.equal(['small', 'first', 'second']);
  });

  for (const [name, candidate, problem] of [
    ['no amount', { label: 'a' }, 'its amount must be a number like 620 or "620.50", not undefined'],
    ['a negative amount', { amount: -5, label: 'a' }, 'its amount must not be negative'],
    ['a zero amount', { amount: 0, label: 'a' }, 'its amount must be more than 0'],
    [
      'a word for an amount',
      { amount: 'forty', label: 'a' },
      'its amount must be a number like 620 or "620.50", not "forty"',
    ],
    ['an empty label', { amount: 5, label: '  ' }, 'no label'],
    ['a label that is not text', { amount: 5, label: 7 }, 'no label'],
    ['not an object', 'forty-five', 'its amount must be a number'],
    ['null', null, 'its amount must be a number'],
  ] as const) {
    it(`skips a tier with ${name}, and says why`, () => {
      const { tiers, problems } = readTiers([candidate, { amount: 1, label: 'ok' }], 'the feed’s');
      expect(tiers).to.deep.equal([{ amount: 1, label: 'ok' }]);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.satisfy((line: string) =>
        line.startsWith(`skipping the feed’s tier 1: ${problem}`),
      );
    });
  }
});

describe('impactOf', () => {
  const { tiers } = readTiers(SAMPLE, 'x');

  it('names the highest tier reached and the next', () => {
    expect(impactOf(tiers, 620)).to.deep.equal({ reached: SAMPLE[2], next: SAMPLE[3] });
  });

  it('counts a tier equal to the total as reached', () => {
    const { reached, next } = impactOf(tiers, 240);
    expect(reached).to.deep.equal(SAMPLE[1]);
    expect(next).to.deep.equal(SAMPLE[2]);
  });

  it('has no tier reached before the first', () => {
    expect(impactOf(tiers, 0)).to.deep.equal({ reached: undefined, next: SAMPLE[0] });
  });

  it('has no next tier past the last', () => {
    expect(impactOf(tiers, 20000)).to.deep.equal({ reached: SAMPLE[5], next: undefined });
  });

  it('has nothing to say without tiers', () => {
    expect(impactOf([], 500)).to.deep.equal({ reached: undefined, next: undefined });
  });
});

describe('labelInSentence', () => {
  for (const [label, lang, inSentence] of [
    ['Covers one day of undercover investigations.', 'en', 'covers one day of undercover investigations'],
    ['covers one day of undercover investigations', 'en', 'covers one day of undercover investigations'],
    ['Cubre un día de investigación.', 'es-MX', 'cubre un día de investigación'],
    ['Équipe un refuge.', 'fr', 'équipe un refuge'],
    ['UNICEF kits for a school.', 'en', 'UNICEF kits for a school'],
    ['buys books, pens, etc...', 'en', 'buys books, pens, etc...'],
    ['Deckt einen Tag Ermittlungen.', 'de', 'Deckt einen Tag Ermittlungen'],
    ['Deckt einen Tag Ermittlungen.', 'de-AT', 'Deckt einen Tag Ermittlungen'],
    ['يغطي يومًا من التحقيقات.', 'ar', 'يغطي يومًا من التحقيقات'],
  ]) {
    it(`reads "${label}" in ${lang} as "${inSentence}" inside a sentence`, () => {
      expect(labelInSentence(label, lang)).to.equal(inSentence);
    });
  }
});
