import { describe, expect, it } from 'vitest';
import { NEAR_DUPLICATE, crisisMentions, isAuthoritative, openingPhrase, trigramOverlap, ukSpellings } from '@/scripts/content/checks';

describe('trigramOverlap and NEAR_DUPLICATE', () => {
  // The calibration pair: two tips from before the v2 rewrite that were both the whole 5-4-3-2-1 exercise.
  const grounding =
    'When your thoughts are racing, you might name five things you see, four you can touch, three you hear, two you smell and one you taste. Going one sense at a time can bring you back to right here.';
  const observe =
    'Mindfulness is at the core of DBT, and it starts with noticing. Right now, you might find five things you see, four you can touch, three you hear, two you smell and one you taste.';
  const unrelated = 'A no does not need a long speech. Thanks for asking, but I cannot this time is a full answer.';

  it('flags the same exercise told twice', () => {
    expect(trigramOverlap(grounding, observe)).toBeGreaterThan(NEAR_DUPLICATE);
  });

  it('leaves different tips alone, and is symmetric', () => {
    expect(trigramOverlap(grounding, unrelated)).toBeLessThan(NEAR_DUPLICATE);
    expect(trigramOverlap(observe, grounding)).toBe(trigramOverlap(grounding, observe));
  });

  it('is 0 for texts too short to have a trigram', () => {
    expect(trigramOverlap('Hi there', grounding)).toBe(0);
  });
});

describe('openingPhrase', () => {
  it('is the first two words, lowercased, ignoring markup and punctuation', () => {
    expect(openingPhrase('You might, perhaps, breathe.')).toBe('you might');
    expect(openingPhrase("*Don't* wait.")).toBe("don't wait");
  });
});

describe('ukSpellings', () => {
  it('finds UK spellings with their endings, in any case', () => {
    expect(ukSpellings('Behavioural activation with a counsellor; Practise it. Favourite colours.')).toEqual([
      'Behavioural',
      'counsellor',
      'Practise',
      'Favourite',
      'colours',
    ]);
  });

  it('leaves US spellings and look-alike words alone', () => {
    expect(ukSpellings('Behavioral activation with a counselor: practice it, enroll, a program, a summary, centered.')).toEqual([]);
  });
});

describe('isAuthoritative', () => {
  it.each([
    'https://www.nice.org.uk/guidance/ng222',
    'https://www.nhs.uk/mental-health/',
    'https://awp.nhs.uk/leaflet',
    'https://www.nimh.nih.gov/health/topics/psychotherapies',
    'https://doi.org/10.1177/0146167212445599',
    'https://beckinstitute.org/about/',
  ])('accepts %s', (url) => expect(isAuthoritative(url)).toBe(true));

  it.each([
    'https://manhattancbt.com/archives/1452/dbt-tipp-skills/',
    'https://icf-nj.org/about-icf/who-is-icf/',
    'https://notnhs.uk.example.com/',
    'https://evilnhs.uk/',
    'not a url',
  ])('rejects %s', (url) => expect(isAuthoritative(url)).toBe(false));
});

describe('crisisMentions', () => {
  it('counts the blocks that mention suicide, self-harm or crisis lines', () => {
    expect(
      crisisMentions([
        'Breathe out slowly.',
        'If you have thoughts of harming yourself, call a crisis line.',
        'Samaritans says most callers are not suicidal.',
        'In the US, call or text 988.',
      ]),
    ).toBe(3);
  });
});
