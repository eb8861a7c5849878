/**
 * Pronoun antecedents and carried speakers: invented sentences, one general behaviour each.
 */
import { describe, expect, it } from 'vitest';
import { detectQuotes } from '../../../lib/detect/index';
import { indexEntities } from '../../../lib/detect/mentions';
import { tokenize } from '../../../lib/text/tokens';

interface Case { name: string; text: string; speakers: (string | null)[] }

const CASES: Case[] = [
  {
    name: 'a name set off after its role noun, then its verb, is the subject a pronoun refers to',
    text: 'Anna Holt, the mayor, opened the meeting on Monday.\n\nOne local woman, Karen Robison, pulled Mark Ellis aside after the event.\n\n“I am so glad you came,” she told him.',
    speakers: ['Karen Robison'],
  },
  {
    name: 'a later subject mention teaches the gender the first one did not give',
    text: 'Mark Ellis, the mayor, opened the meeting on Monday.\n\nTeodoro Quillan sat in the front row. Quillan ran the port for a decade while he lived in the city.\n\n“We built this together,” he said.',
    speakers: ['Teodoro Quillan'],
  },
  {
    name: 'a subject inside a sentence yields to the person who opens it',
    text: 'Dana Whitfield spoke to reporters on Tuesday.\n\nPaul Renner, after two Gary Moss rallies, wrote that the crowds were angry.\n\n“These people were furious,” he said.',
    speakers: ['Paul Renner'],
  },
  {
    name: 'a pronoun opening the sentence carries its referent past a later named subject',
    text: 'Rob Ellison said on Monday that he would run. He added that the party’s Tom Vance had not called.\n\n“I am ready,” he said.',
    speakers: ['Rob Ellison'],
  },
  {
    name: 'a name after "whether" is not the subject a later pronoun refers to',
    text: '“I am ready,” Rob Ellison said. Reporters asked whether Tom Vance would run.\n\n“He has not called me,” he said.',
    speakers: ['Rob Ellison', 'Rob Ellison'],
  },
  {
    name: 'a pronoun looks for its antecedent before itself, not before the quote',
    text: 'Mark Olsen spoke first.\n\nHe expected that a President Alan Brice would be “a disaster for the port.”',
    speakers: ['Mark Olsen'],
  },
  {
    name: 'a capitalised opener the text also writes in lower case is no speaker; the pronoun after it is',
    text: 'Rita Moreno chaired the hearing, which thirteen members attended.\n\nThirteen years earlier, she had opposed the plan as “a gift to developers.”',
    speakers: ['Rita Moreno'],
  },
  {
    name: 'a known person after a quote, before a verb the cue list lacks, speaks it instead of the previous speaker',
    text: 'Mayor Tom Pratt took questions on Friday.\n\n“Can we afford it?” Ana Ruiz asked.\n\n“We always find a way,” Pratt went on, smiling.',
    speakers: ['Ana Ruiz', 'Tom Pratt'],
  },
  {
    name: 'a relation before a name gives its gender, not the pronoun of the sentence it sits in',
    text: 'Ruth Calloway, a teacher from Dover, said the debate changed her mind. Along with her husband, Osric Calloway, a banker, she has given to both parties.\n\n“We will wait,” she said.',
    speakers: ['Ruth Calloway'],
  },
  {
    name: 'a name describing the next person ("Hale adviser Dorrit Vasse") is not a subject',
    text: 'Reporters met with Mark Hale on Monday.\n\nHale adviser Dorrit Vasse, a pollster, picked up the thread. “We are ahead,” he said.',
    speakers: ['Dorrit Vasse'],
  },
  {
    name: 'a fronted topic ("As for Mark Olsen, he …") is the antecedent, not an object',
    text: 'Ana Ruiz spoke first, and Tom Pratt listened.\n\nAs for Mark Olsen, he said he would wait. “It is too early,” he said.',
    speakers: ['Mark Olsen'],
  },
  {
    name: 'a run on a Title Case headline line is no antecedent for a pronoun',
    text: 'The Quiet Lantern: Dispatches From Inside The Harbor, #3.\n\nTom Vance spoke at the dock on Monday. And then there is Gwen Ostrow: what will she do? She had a good answer when she said, “The port is not for sale.”',
    speakers: ['Gwen Ostrow'],
  },
  {
    name: 'the speaker of a cue that ends the sentence, not its opener, is the next pronoun',
    text: 'Roy Tamsin toured the county in 2010.\n\nTamsin won over small crowds with long speeches, Dale Oberman said.\n\n“He was very sharp,” he said.',
    speakers: ['Dale Oberman'],
  },
  {
    name: 'a person who speaks earlier in the sentence outranks a later subject in it',
    text: 'HARBOR CITY — Fund manager Dale Oberman said on Friday he met candidate Roy Tamsin earlier this week.\n\nWhile the manager did not say whom he backs, he did say he found Tamsin to be “very sharp.”',
    speakers: ['Dale Oberman'],
  },
  {
    name: 'a pronoun after another person who could be it teaches no gender',
    text: 'Mark Ellis spoke on Monday.\n\nTamsin Orrell lashed out at the council, telling Mark Ellis that whatever he meant, words have power.\n\n“I am the daughter of a fisherman,” she wrote.',
    speakers: ['Tamsin Orrell'],
  },
  {
    name: 'a pronoun that cannot be the person named before it still teaches the gender',
    text: 'Tamsin Orrell, a supporter of Mark Ellis, finds herself alone.\n\nLater, Ellis and Orrell met.\n\n“We will see,” she said.',
    speakers: ['Tamsin Orrell'],
  },
  {
    name: 'a person of unknown gender who opens a sentence after the last quote is the next pronoun',
    text: 'Jim Polk said the plan would fail. “It is a mess,” Polk said. Raynard Jackson, a consultant and radio host, is a Virginia resident who voted twice. “It was close,” he said.',
    speakers: ['Jim Polk', 'Raynard Jackson'],
  },
  {
    name: 'a bare surname that reports speech and is given a gender is a person the pronoun can be',
    text: 'Donald Trump picked Denver on Sunday.\n\nCruz openly admitted that his pick was about the primary. “With an eye to February 20th, Carolina,” he said.',
    speakers: ['Cruz'],
  },
];

describe('bare surnames', () => {
  it('a lone name that reports speech without a gendered pronoun is not indexed as a person (a company)', () => {
    const text = 'Kestrel claims up to 19 hours of battery. Cruz openly admitted that his pick was wrong.';
    const idx = indexEntities(text, tokenize(text));
    expect(idx.byLast.has('kestrel')).toBe(false);
    expect(idx.byLast.get('cruz')?.[0]?.gender).toBe('m');
  });
});

describe('antecedents', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(detectQuotes(c.text).map((q) => q.speaker)).toEqual(c.speakers);
  });
});
