/**
 * Table of invented sentences for quote detection and attribution. Each case lists every
 * quotation the text holds (by its exact text) and the speaker, kind or venue it must get;
 * fields left out are not checked.
 */
import type { QuoteKind } from '../../../lib/types';

export interface ExpectedQuote {
  text: string;
  speaker?: string | null;
  kind?: QuoteKind;
  context?: string | null;
  method?: 'name' | 'surname' | 'pronoun' | 'role' | 'carry' | 'organisation' | 'none';
  /** The reporting cue as written (evidence.cue), or null for none. */
  cue?: string | null;
}

export interface DetectCase {
  name: string;
  text: string;
  quotes: ExpectedQuote[];
}

export const MARK_CASES: DetectCase[] = [
  { name: 'straight double quotes', text: '"We will rebuild the bridge," Mayor Ana Ruiz said.', quotes: [{ text: 'We will rebuild the bridge,', speaker: 'Ana Ruiz', kind: 'direct' }] },
  { name: 'curly double quotes', text: '“Prices are falling,” said Tom Baker, an economist.', quotes: [{ text: 'Prices are falling,', speaker: 'Tom Baker' }] },
  { name: 'curly glyphs used backwards', text: 'Residents waited.\n\n”The water is back,” said Ruth Olsen.', quotes: [{ text: 'The water is back,', speaker: 'Ruth Olsen' }] },
  { name: 'guillemets', text: '«We will not back down,» said Maria Lopez.', quotes: [{ text: 'We will not back down,', speaker: 'Maria Lopez' }] },
  { name: 'low-high German marks', text: '„We are ready,“ said Anna Weber.', quotes: [{ text: 'We are ready,', speaker: 'Anna Weber' }] },
  { name: 'corner brackets (CJK)', text: '他说「我们会赢」。', quotes: [{ text: '我们会赢', speaker: null }] },
  {
    name: 'British single quotes with apostrophes inside',
    text: "'We don't accept the Joneses' version of the '90s,' said Sarah Hughes.\n\n'It's Ukraine's choice,' she added.",
    quotes: [
      { text: "We don't accept the Joneses' version of the '90s,", speaker: 'Sarah Hughes' },
      { text: "It's Ukraine's choice,", speaker: 'Sarah Hughes', method: 'pronoun' },
    ],
  },
  { name: 'nested quotes keep the outer span', text: '"He told me \'never again\' and left," said Tom Baker.', quotes: [{ text: "He told me 'never again' and left,", speaker: 'Tom Baker' }] },
  {
    name: 'quote continued in the next paragraph',
    text: 'Mayor Linda Park addressed the council.\n\n"The budget is tight this year.\n\n"But we will keep every library open," she said.',
    quotes: [{ text: 'The budget is tight this year.\n\n"But we will keep every library open,', speaker: 'Linda Park', kind: 'block' }],
  },
  {
    name: 'apostrophes alone are not quotes',
    text: "The Joneses' dog doesn't bark. It's the '90s again, rock 'n' roll and all.",
    quotes: [],
  },
  { name: 'unbalanced opening mark runs to the paragraph end', text: 'Dan Cole said: "We never gave up\n\nThe vote is Tuesday.', quotes: [{ text: 'We never gave up', speaker: 'Dan Cole' }] },
];

export const KIND_CASES: DetectCase[] = [
  { name: 'partial quote inside a sentence', text: 'Senator Jane Holt said the plan was "very unlikely" to pass.', quotes: [{ text: 'very unlikely', speaker: 'Jane Holt', kind: 'partial' }] },
  {
    name: 'quote split by its attribution',
    text: 'Governor Mark Allen spoke first.\n\n"We will win," he said, "and we will win big."',
    quotes: [
      { text: 'We will win,', speaker: 'Mark Allen', kind: 'direct' },
      { text: 'and we will win big.', speaker: 'Mark Allen' },
    ],
  },
  { name: 'mixed quote after a cue', text: 'Judge Carol Diaz wrote that the law "cannot stand as written."', quotes: [{ text: 'cannot stand as written.', speaker: 'Carol Diaz', kind: 'partial' }] },
];

export const SCARE_CASES: DetectCase[] = [
  { name: 'policy name', text: 'The city defended its "open door" policy on Monday.', quotes: [] },
  { name: 'show title', text: 'She appeared on "Meet the Press" last week.', quotes: [] },
  { name: 'book title', text: 'His book "The Long Road Home" sold well.', quotes: [] },
  { name: 'nickname inside a name', text: 'Robert "Bobby" Chan won the seat.', quotes: [] },
  { name: 'epithet before a name', text: 'The paper sent its "senior fellow" Ana Ruiz to the hearing.', quotes: [] },
  { name: 'quoted pronouns are mentioned, not said', text: 'Nobody knew whether "she" meant the mayor.', quotes: [] },
  { name: 'a nickname given as a noun phrase', text: 'Critics stuck him with the nickname "Lucky Tom."', quotes: [] },
  { name: 'a quoted noun phrase is not an adjective scare quote', text: 'Governor Ana Ruiz branded the plan a "grave threat" to the coast.', quotes: [{ text: 'grave threat', speaker: 'Ana Ruiz' }] },
  { name: 'a publication whose name starts with The', text: '"Rates will rise," The Harbor reported.', quotes: [{ text: 'Rates will rise,', speaker: 'Harbor' }] },
  { name: 'adjective scare quote has no speaker', text: 'Officials planned a "major" overhaul of the port.', quotes: [{ text: 'major', speaker: null }] },
];

export const CUE_CASES: DetectCase[] = [
  {
    name: 'a past-tense verb the cue list lacks, between a quote and a name, is an inverted cue',
    text: 'Supporters filled the hall on Friday.\n\n“This is wonderful!” glowed Petra Vandalsen of Ashford, Kent, who drove in at dawn.',
    quotes: [{ text: 'This is wonderful!', speaker: 'Petra Vandalsen', cue: 'glowed' }],
  },
  {
    name: 'a past-tense verb after a quote does not credit a name that goes on with the sentence',
    text: 'Ilse Marren praised the team. Then the “miracle” stunned Tom Brakely and his staff.',
    quotes: [{ text: 'miracle', speaker: null }],
  },
  {
    name: 'a sentence that opens on its cue verb ("Said X, …") credits the name after it',
    text: 'The hall was renamed on Monday. Said Ruth Kallander, who taught there for decades, “We owe it to the children.”',
    quotes: [{ text: 'We owe it to the children.', speaker: 'Ruth Kallander', cue: 'Said' }],
  },
  {
    name: '"Asked X whether …" opening a sentence names the one asked, not the speaker',
    text: 'Asked Mayor Tom Brakely whether the bridge would open, “Not this year,” a council aide replied.',
    quotes: [{ text: 'Not this year,', speaker: 'a council aide' }],
  },
  {
    name: 'a past-tense verb before a colon, after a name, introduces the quote',
    text: 'Ann Solberg spoke first. 19-year-old Jonas Tervaert seconded: “We need the bus back on Sundays.”',
    quotes: [{ text: 'We need the bus back on Sundays.', speaker: 'Jonas Tervaert', cue: 'seconded' }],
  },
  {
    name: 'a second predicate after "but" shares the sentence subject',
    text: 'Last year, the agency polled 900 farmers but cautioned that the sample was "too small to generalise."',
    quotes: [{ text: 'too small to generalise.', speaker: 'the agency' }],
  },
  {
    name: 'a second predicate does not take a lone opening adverb as its subject',
    text: 'Hastily, the crowd left the square and chanted "no more delays."',
    quotes: [{ text: 'no more delays.', speaker: null }],
  },
  {
    name: 'an earlier cue in the sentence keeps its subject over a second predicate',
    text: 'Ana Ruiz, 61, said it was too early to celebrate but added, "We have an idea of the result."',
    quotes: [{ text: 'We have an idea of the result.', speaker: 'Ana Ruiz' }],
  },
  {
    name: "the owner of a speech noun speaks after a colon",
    text: "Tom Pratt spoke last. Pratt\u2019s message to the board was blunt: \u201cClose the plant.\u201d",
    quotes: [{ text: 'Close the plant.', speaker: 'Tom Pratt' }],
  },
  {
    name: 'the one told before a colon is not the speaker: the cue\u2019s subject is',
    text: 'Reince Tolland spoke on Monday. Tolland later told Harbor News: \u201cWe are meeting next week.\u201d',
    quotes: [{ text: 'We are meeting next week.', speaker: 'Reince Tolland' }],
  },
  {
    name: 'a statement before a colon is where the cue\u2019s subject said it',
    text: 'Jana Pell, a spokeswoman for the campaign, said in a statement: \u201cThis is the largest vote.\u201d',
    quotes: [{ text: 'This is the largest vote.', speaker: 'Jana Pell' }],
  },
  {
    name: 'a title ending in a cue-like noun before a colon still labels the speaker',
    text: 'Former secretary of state Ana Ruiz:\u201cWe learned that from the department.\u201d',
    quotes: [{ text: 'We learned that from the department.', speaker: 'Ana Ruiz' }],
  },
  {
    name: '"hopeful" is a role: the name after "presidential hopeful" speaks, not the run before it',
    text: 'Republican Presidential hopeful Sen. Tom Brakely was critical, telling Harbor News: \u201cThe plan is typical.\u201d',
    quotes: [{ text: 'The plan is typical.', speaker: 'Tom Brakely' }],
  },
  {
    name: "a document's advice after a colon is the document's",
    text: "In the end, the report\u2019s advice for small towns is simple: \u201cShare one clerk between three councils.\u201d",
    quotes: [{ text: 'Share one clerk between three councils.', speaker: 'the report' }],
  },
  { name: 'cue after the quote, inverted', text: '"The vote is final," said Paul Grant.', quotes: [{ text: 'The vote is final,', speaker: 'Paul Grant', method: 'name' }] },
  { name: 'cue before with a colon', text: 'Paul Grant insisted: "No deal is better than this deal."', quotes: [{ text: 'No deal is better than this deal.', speaker: 'Paul Grant' }] },
  { name: 'transcript-style colon', text: 'GRANT: "We are done here."', quotes: [{ text: 'We are done here.', speaker: 'Grant' }] },
  { name: 'transcript label inside the quote', text: 'Host Nora Grant opened the show.\n\n"GRANT: Welcome back to the program."', quotes: [{ text: 'GRANT: Welcome back to the program.', speaker: 'Nora Grant' }] },
  { name: 'according to after the quote', text: 'Turnout was "higher than ever," according to the election board chief, Ana Ruiz.', quotes: [{ text: 'higher than ever,', speaker: 'Ana Ruiz' }] },
  { name: 'told with a venue', text: '"Talks will resume," Ellen Marsh told Sky News on Friday.', quotes: [{ text: 'Talks will resume,', speaker: 'Ellen Marsh', context: 'Sky News' }] },
  { name: 'said in an interview with', text: '"It was a mistake," Ellen Marsh said in an interview with CNN.', quotes: [{ text: 'It was a mistake,', speaker: 'Ellen Marsh', context: 'interview with CNN' }] },
  { name: 'in a tweet', text: 'In a tweet on Sunday, Ellen Marsh wrote that the decision was "long overdue."', quotes: [{ text: 'long overdue.', speaker: 'Ellen Marsh', context: 'tweet' }] },
  { name: 'on state television', text: 'Igor Petrov said on state television that talks had "reached a dead end."', quotes: [{ text: 'reached a dead end.', speaker: 'Igor Petrov', context: 'state television' }] },
  { name: 'according to an organisation', text: 'According to the Kremlin, "the talks are over."', quotes: [{ text: 'the talks are over.', speaker: 'Kremlin', method: 'organisation' }] },
  { name: 'organisation as subject', text: 'NATO said the offer was "unacceptable."', quotes: [{ text: 'unacceptable.', speaker: 'NATO' }] },
  { name: 'newspaper as subject', text: 'The Washington Post reported that aides were "stunned."', quotes: [{ text: 'stunned.', speaker: 'Washington Post' }] },
  { name: 'unnamed source keeps its description', text: '"No comment," a spokesperson for the ministry said.', quotes: [{ text: 'No comment,', speaker: 'a spokesperson for the ministry' }] },
  { name: 'inverted cue before a described name', text: '"We waited years," said longtime union member Rosa Kent.', quotes: [{ text: 'We waited years,', speaker: 'Rosa Kent' }] },
  { name: 'a report speaks for its organisation', text: 'The Central Bank cut rates.\n\n"Risks remain," the Central Bank report stated.', quotes: [{ text: 'Risks remain,', speaker: 'Central Bank', method: 'organisation' }] },
  { name: 'the commission resolves to the named commission', text: 'The Election Commission met today. The commission says that "the audio failed."', quotes: [{ text: 'the audio failed.', speaker: 'Election Commission' }] },
  { name: 'colon paragraph with a noun before the colon', text: 'On May 2, 2019, Ben Ward made the following remark:\n\n"Jobs come first."', quotes: [{ text: 'Jobs come first.', speaker: 'Ben Ward' }] },
  { name: 'organisation named with "of"', text: 'Pilots marched on Monday. The Association of Flight Crews said the deal was "a fair start."', quotes: [{ text: 'a fair start.', speaker: 'Association of Flight Crews' }] },
  { name: 'unnamed source outside the lexicon, as written', text: 'The crowd cheered. "Blink twice if you are in trouble!" one onlooker shouted.', quotes: [{ text: 'Blink twice if you are in trouble!', speaker: 'one onlooker' }] },
  { name: 'plural unnamed source after an inverted cue', text: 'Mayor Jane Holt spoke first. "We want a recount," said the demonstrators.', quotes: [{ text: 'We want a recount,', speaker: 'the demonstrators' }] },
  { name: 'a prepositional object is not an unlisted source', text: 'Dan Ruiz, who in the past described the plan as "reckless," stayed home.', quotes: [{ text: 'reckless,', speaker: 'Dan Ruiz' }] },
  { name: 'a noun before a bare cue form is not a source', text: 'Dan Ruiz runs the shop. A sign by the fish counter reads "Fresh Halibut Today" in red.', quotes: [] },
  { name: 'unnamed source with a trailing phrase', text: '"The vote is close," said one senior aide on the committee.', quotes: [{ text: 'The vote is close,', speaker: 'one senior aide on the committee' }] },
  { name: 'as X put it', text: 'The rule is "a tax on hope," as the Harbor Tribune put it.', quotes: [{ text: 'a tax on hope,', speaker: 'Harbor Tribune' }] },
  { name: "a possessive before a cue noun owns the claim", text: 'Mayor Tom Pratt spoke often. The site seized on Pratt’s claim that there were "thousands of cases" in the city.', quotes: [{ text: 'thousands of cases', speaker: 'Tom Pratt' }] },
  { name: 'a verb cue beats a nearer cue noun', text: 'Gov. Mike Ward said his running mate Tom Pratt’s tweet was only "to tease" the other side.', quotes: [{ text: 'to tease', speaker: 'Mike Ward' }] },
  { name: 'no speaker in the text', text: 'The word "resilience" was painted on every wall.', quotes: [{ text: 'resilience', speaker: null, method: 'none' }] },
];

export const RESOLUTION_CASES: DetectCase[] = [
  {
    name: 'surname resolved to the full name',
    text: 'Finance Minister Olga Brandt presented the budget.\n\n"This is a fair plan," Brandt said.',
    quotes: [{ text: 'This is a fair plan,', speaker: 'Olga Brandt', method: 'surname' }],
  },
  {
    name: 'role noun resolved to the person',
    text: 'Ambassador Peter Lind arrived in Oslo on Monday.\n\n"We came to listen," the ambassador said.',
    quotes: [{ text: 'We came to listen,', speaker: 'Peter Lind', method: 'role' }],
  },
  {
    name: 'pronoun picks the right gender',
    text: 'Mary Evans met John Clark on Tuesday. Evans later spoke to reporters.\n\n"We made progress," she said.',
    quotes: [{ text: 'We made progress,', speaker: 'Mary Evans', method: 'pronoun' }],
  },
  {
    name: 'pronoun picks the most recent subject',
    text: 'Mary Evans criticised the plan. David Stone defended it.\n\n"It saves money," he said.',
    quotes: [{ text: 'It saves money,', speaker: 'David Stone', method: 'pronoun' }],
  },
  {
    name: 'follow-on paragraph carries the speaker',
    text: '"The road will open in May," said Karen White, the transport chief.\n\n"After that, buses will run every ten minutes."',
    quotes: [
      { text: 'The road will open in May,', speaker: 'Karen White' },
      { text: 'After that, buses will run every ten minutes.', speaker: 'Karen White', method: 'carry' },
    ],
  },
  {
    name: 'colon paragraph introduces the next one',
    text: 'Karen White said:\n\n"The road will open in May."',
    quotes: [{ text: 'The road will open in May.', speaker: 'Karen White' }],
  },
  {
    name: 'a sentence ending on its cue credits the next quote',
    text: 'Rep. Adam Ross spoke on Monday.\n\nThe agency may wait until the talks end, Ross said. "Timing matters here."',
    quotes: [{ text: 'Timing matters here.', speaker: 'Adam Ross', method: 'surname' }],
  },
  {
    name: 'a gendered honorific picks the right namesake',
    text: 'Helen Marsh spoke first.\n\n"We must vote," Mr. Marsh said.',
    quotes: [{ text: 'We must vote,', speaker: 'Marsh' }],
  },
  {
    name: 'unnamed relative keeps the description',
    text: '"We live in hard times," my father often said.',
    quotes: [{ text: 'We live in hard times,', speaker: 'my father' }],
  },
  {
    name: "a quote that ends its sentence does not take the next sentence's speaker",
    text: 'Norway called the test an "outlaw act." Sweden insisted that talks "resume at once."',
    quotes: [{ text: 'outlaw act.', speaker: 'Norway' }, { text: 'resume at once.', speaker: 'Sweden' }],
  },
  {
    name: 'a relative pronoun speaks for its antecedent',
    text: 'Ann Holt joined the Senate in 1990.\n\nThe mayor has a cool relationship with Holt, now the majority leader, who in 2010 said the goal was "one term."',
    quotes: [{ text: 'one term.', speaker: 'Ann Holt' }],
  },
  {
    name: 'subject behind a relative clause',
    text: 'Truss, who met Foreign Minister Sergei Lavrov last week, said it was "very unlikely."',
    quotes: [{ text: 'very unlikely.', speaker: 'Truss' }],
  },
];
