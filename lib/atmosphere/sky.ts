// The light of the hour. public/boot.js applies the same table before the first paint (it cannot
// import modules); tests/unit/lib/atmosphere checks that the two agree at every hour.

export type Sky = 'morning' | 'day' | 'evening' | 'night';

/** Morning 05–10, day 10–17, evening 17–21, night 21–05 (local hours). */
export function skyAt(hour: number): Sky {
  return hour >= 5 && hour < 10 ? 'morning' : hour >= 10 && hour < 17 ? 'day' : hour >= 17 && hour < 21 ? 'evening' : 'night';
}
