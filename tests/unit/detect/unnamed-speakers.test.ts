import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';

/** Speaker and named flag of each quote in text. */
function speakers(text: string): { speaker: string | null; named: boolean | undefined }[] {
  return detectQuotes(text).map((q) => ({ speaker: q.speaker, named: q.evidence?.named }));
}

describe('unnamed sources headed by a party or faith', () => {
  it('reads "said an Iowa Democrat" as written, not as a name or the person named before', () => {
    expect(speakers('Ann Holt spoke first. “She is too far behind,” said an Iowa Democrat.'))
      .toEqual([{ speaker: 'an Iowa Democrat', named: false }]);
    expect(speakers('“There are more of them,” added another New Hampshire Republican.')[0].speaker).toBe('another New Hampshire Republican');
  });

  it('keeps the complement of a capitalised affiliation head', () => {
    expect(speakers('“It was not convincing,” said one Democrat familiar with the discussion.')[0].speaker)
      .toBe('one Democrat familiar with the discussion');
  });

  it('does not take a name after an indefinite article as an affiliation', () => {
    expect(speakers('Ann Holt spoke first. “She is too far behind,” said a Holt.')[0].speaker).not.toBe('a Holt');
  });
});

describe('a quote resumed after its cue clause', () => {
  it('credits the resumed quote to the unnamed source of the cue that interrupts it', () => {
    expect(speakers('Ann Holt spoke first. “She is too far behind,” said a board member, “and the vote was not close.”').map((s) => s.speaker))
      .toEqual(['a board member', 'a board member']);
  });

  it('does not resume across a sentence end', () => {
    expect(speakers('“She is too far behind,” said a board member. Ann Holt disagreed: “The vote was close.”')[1].speaker).toBe('Ann Holt');
  });
});
