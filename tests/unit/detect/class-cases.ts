/**
 * Invented sentences for error classes found on the development split: each case exercises one
 * general behaviour (not one article), so a regression names the class it broke.
 */
import type { DetectCase } from './cases';

export const CLASS_CASES: DetectCase[] = [
  {
    name: 'a pronoun for an organisation takes its fullest name',
    text: 'The Riverton Evening Herald ran an editorial on Sunday.\n\n"The council has failed its residents," the Herald wrote.\n\n"It must resign," it added.',
    quotes: [
      { text: 'The council has failed its residents,', speaker: 'Riverton Evening Herald' },
      { text: 'It must resign,', speaker: 'Riverton Evening Herald', method: 'organisation' },
    ],
  },
  {
    name: 'a short organisation name expands to the full one that starts with it',
    text: 'The Association of Harbor Pilots endorsed the plan on Monday. "We stand with the port," the association said.',
    quotes: [{ text: 'We stand with the port,', speaker: 'Association of Harbor Pilots' }],
  },
  {
    name: 'a day after "on" is not part of an organisation name',
    text: 'The Regional Transit Council on Friday condemned what it called "a reckless cut to service."',
    quotes: [{ text: 'a reckless cut to service.', speaker: 'Regional Transit Council' }],
  },
  {
    name: 'a possessor is not the antecedent of the next pronoun',
    text: 'Economist Maria Vantongeren said Peter Olafsen\'s proposal left questions open.\n\n"I see no numbers in it," she said.',
    quotes: [{ text: 'I see no numbers in it,', speaker: 'Maria Vantongeren', method: 'pronoun' }],
  },
  {
    name: 'an inverted cue reads through a title and its complement',
    text: '"The harbour will reopen within a week," said Deputy Minister for Transport Ilse Vandermeer.',
    quotes: [{ text: 'The harbour will reopen within a week,', speaker: 'Ilse Vandermeer' }],
  },
  {
    name: '"the" before a capitalised organisation head names the organisation',
    text: 'The Northfield Tribune covered the vote. "The count was fair," the Tribune wrote.',
    quotes: [{ text: 'The count was fair,', speaker: 'Northfield Tribune' }],
  },
  {
    name: 'a cue word after "the" is a noun inside a long appositive',
    text: '"It is an overreach into local affairs," Rob Tanner, the attorney general of Utah, one of the states in the dispute, said on Monday.',
    quotes: [{ text: 'It is an overreach into local affairs,', speaker: 'Rob Tanner' }],
  },
  {
    name: 'a titled surname is the namesake who holds that title',
    text: 'Michelle Okafor spoke first. Later, President Okafor told the crowd: "We will win."\n\nPresident Nathan Okafor left at noon.',
    quotes: [{ text: 'We will win.', speaker: 'Nathan Okafor' }],
  },
  {
    name: 'an appositive name before its verb is the subject a pronoun refers to',
    text: 'Tomas Reyes led the walkout. "We are ready to talk," he said.\n\nIts chief executive, Lorna Pike, told reporters the offer stood. "We cannot go further," she said.',
    quotes: [
      { text: 'We are ready to talk,', speaker: 'Tomas Reyes' },
      { text: 'We cannot go further,', speaker: 'Lorna Pike' },
    ],
  },
  {
    name: 'occupational titles before a name are not part of it',
    text: 'Curator Anton Fairbrook showed the hall. Visitors saw "things nobody has seen in decades," Fairbrook said.',
    quotes: [{ text: 'things nobody has seen in decades,', speaker: 'Anton Fairbrook' }],
  },
  {
    name: 'the head of an organisation named in an appositive speaks, not the organisation',
    text: 'The head of the Harbour Fishermen\'s Federation, Rory Bannerman, said members feared being "sold out again."',
    quotes: [{ text: 'sold out again.', speaker: 'Rory Bannerman' }],
  },
  {
    name: '"the article" speaks for the owner of an article named just before',
    text: 'Years ago, a Tribune article praised the mayor. "The mayor rebuilt the harbour in a year," the article read.\n\nThe Riverton Tribune later corrected it.',
    quotes: [{ text: 'The mayor rebuilt the harbour in a year,', speaker: 'Riverton Tribune', method: 'organisation' }],
  },
  {
    name: '"the book" speaks for the author of the book named just before',
    text: 'Jane Holt published a memoir in May. Holt\'s book describes the campaign. "We were exhausted and broke," the book says.',
    quotes: [{ text: 'We were exhausted and broke,', speaker: 'Jane Holt' }],
  },
  {
    name: 'a place qualifier in a title picks the right holder of a role',
    text: 'Ohio Gov. Mark Ellery and Utah Gov. Ruth Sandoval met in Denver. Mark Ellery left early.\n\nThe Utah governor said the talks were "a good start."',
    quotes: [{ text: 'a good start.', speaker: 'Ruth Sandoval' }],
  },
  {
    name: 'a previous sentence whose subject speaks through its main verb credits the next quote',
    text: 'His former partner at the firm, Lionel Varga, called him a master of the impossible deal. "He saw ways through that nobody else could see."',
    quotes: [{ text: 'He saw ways through that nobody else could see.', speaker: 'Lionel Varga' }],
  },
  {
    name: 'a description before a name at the sentence start keeps it the subject',
    text: 'Olga Brandt defended the plan on Monday.\n\nConservative economist Aparna Velasquez-Oduya, who studies labour markets, said Olga Brandt\'s outline was thin.\n\n"I see no numbers in it," she said.',
    quotes: [{ text: 'I see no numbers in it,', speaker: 'Aparna Velasquez-Oduya', method: 'pronoun' }],
  },
  {
    name: 'a speaker introduced by an inverted cue since the last quote takes the next pronoun',
    text: '"We need change," said Ralph Spinner, of the party committee.\n\nStill, debates rarely move votes, noted NBC\'s Dario Chenko.\n\n"Voters made up their minds long before," he wrote.',
    quotes: [
      { text: 'We need change,', speaker: 'Ralph Spinner' },
      { text: 'Voters made up their minds long before,', speaker: 'Dario Chenko' },
    ],
  },
  {
    name: 'a full name opening a sentence is a person a pronoun can find',
    text: 'Anchor Lester Pike asked the questions.\n\nJo-Renee Formby, a professor of politics, described the approach as careful.\n\n"He lowers expectations on purpose," she said.',
    quotes: [{ text: 'He lowers expectations on purpose,', speaker: 'Jo-Renee Formby' }],
  },
  {
    name: 'a misspelt surname finds the person named in full',
    text: 'We spoke to two voters, Tyresha McClanahan and Bryan Osterholt, after the rally.\n\nMcClanahen said the mayor does not follow through.\n\n"It is only ever talk," she said.',
    quotes: [{ text: 'It is only ever talk,', speaker: 'Tyresha McClanahan' }],
  },
  {
    name: 'a name reported on after a cue verb is not the subject a pronoun refers to',
    text: 'Governor Ruth Ellison spoke in the morning.\n\nVoter Dana Okoro said Ellison does not listen to rural towns.\n\n"She comes here once every four years," she said.',
    quotes: [{ text: 'She comes here once every four years,', speaker: 'Dana Okoro' }],
  },
  {
    name: 'a Title Case headline gives a given name and surname, not the verb after them',
    text: 'Margaret Holloway Wins Over The Harbour Crowd\n\nThe candidate spoke for an hour.\n\n"We will rebuild the pier," Holloway said. "Then the market," she added.',
    quotes: [
      { text: 'We will rebuild the pier,', speaker: 'Margaret Holloway' },
      { text: 'Then the market,', speaker: 'Margaret Holloway' },
    ],
  },
  {
    name: 'curly quotes nested in a typewriter quotation stay inside it',
    text: 'Pollster Tom Brannock continued:\n\n"I will read you the question: \u201cDo you think the illness matters?\u201d Forty-three, yes; forty-four, no."',
    quotes: [{ text: 'I will read you the question: \u201cDo you think the illness matters?\u201d Forty-three, yes; forty-four, no.', speaker: 'Tom Brannock' }],
  },
  {
    name: 'an inch mark does not open a typewriter quotation around curly ones',
    text: 'The report lists him at 6\'3" and 236 pounds. His doctor called him \u201cthe healthiest candidate ever,\u201d the letter said.',
    quotes: [{ text: 'the healthiest candidate ever,' }],
  },
  {
    name: 'a possessive name before a nominal speaker is its owner, not the speaker',
    text: 'Officers shot Kevin Marsh on Tuesday. His widow, Alma Marsh, spoke on Friday.\n\nMarsh\'s family has asked the city to release the video "as a matter of trust."',
    quotes: [{ text: 'as a matter of trust.', speaker: "Marsh's family" }],
  },
  {
    name: 'the namesake the text keeps calling "Mr." is the one a titled surname means',
    text: 'President Okafor is rolling out a new message: "It is about me."\n\n"Our progress is on the ballot," Mr. Okafor said. Mr. Okafor spoke for an hour.\n\nThe campaign plans to use Mr. Okafor and his wife, Grace Okafor, in three states.',
    quotes: [
      { text: 'It is about me.', speaker: 'Okafor' },
      { text: 'Our progress is on the ballot,', speaker: 'Okafor' },
    ],
  },
  {
    name: 'a first-person narrator is the author the closing note introduces',
    text: 'I grew up on a farm outside Tamsworth. When the drought came, I said, "We will sell the herd."\n\nMy neighbours disagreed.\n\nOrla Fenwick is a novelist and teaches writing at Lakemoor College.',
    quotes: [{ text: 'We will sell the herd.', speaker: 'Orla Fenwick', method: 'pronoun' }],
  },
  {
    name: 'on a letters page "I" is the signature below each letter',
    text: 'LETTERS.\n\nThe levy is unfair. I told my councillor, "Scrap it."\n\nPetra Wilkomirska.\n\nI disagree with the last writer. As I said at the hearing, "Pay your share."\n\nDaniel Osterhout.',
    quotes: [
      { text: 'Scrap it.', speaker: 'Petra Wilkomirska' },
      { text: 'Pay your share.', speaker: 'Daniel Osterhout' },
    ],
  },
  {
    name: 'without a signature, author note or byline "I" stays unattributed',
    text: 'I went to the meeting on Tuesday. "Nothing will change," I told the clerk.',
    quotes: [{ text: 'Nothing will change,', speaker: null }],
  },
  {
    name: 'a narrator\'s relative is the antecedent of the next pronoun',
    text: 'The mayor visited our street in 1998. "Keep your gates shut," my grandmother often said.\n\nShe also told the mayor that "the river always wins."',
    quotes: [
      { text: 'Keep your gates shut,', speaker: 'my grandmother' },
      { text: 'the river always wins.', speaker: 'my grandmother', method: 'pronoun' },
    ],
  },
  {
    name: 'a third-person pronoun is never the first-person narrator',
    text: 'When my sister asked about the fire, I said, "It was an accident." To which she said, "Nobody believes that."\n\nBy the way, the town rebuilt.\n\nTomas Ekwueme is a teacher in Harlow.',
    quotes: [
      { text: 'It was an accident.', speaker: 'Tomas Ekwueme' },
      { text: 'Nobody believes that.', speaker: 'my sister' },
    ],
  },
  {
    name: 'a month that opens a name before a surname is a given name, with its gender',
    text: 'Election staff met on Monday. June Halvorsen, the county clerk, opened the session.\n\n"We counted every ballot twice," Halvorsen said. "Nobody was turned away," she added.',
    quotes: [
      { text: 'We counted every ballot twice,', speaker: 'June Halvorsen' },
      { text: 'Nobody was turned away,', speaker: 'June Halvorsen', method: 'pronoun' },
    ],
  },
  {
    name: 'a month after a preposition or a time word stays a date',
    text: 'In June Halvorsen opened an inquiry. Since May Dorsey has refused to testify.\n\n"The inquiry is a farce," Dorsey said.',
    quotes: [{ text: 'The inquiry is a farce,', speaker: 'Dorsey' }],
  },
  {
    name: 'a verb or auxiliary opening a sentence is not a given name',
    text: 'Marco Rubio spoke in Miami.\n\nDoes Rubio mean it? "We will win this state," Rubio said.\n\nCelebrating Rubio, his aide Ana Ruiz added: "It is his moment."',
    quotes: [
      { text: 'We will win this state,', speaker: 'Marco Rubio' },
      { text: 'It is his moment.', speaker: 'Ana Ruiz' },
    ],
  },
  {
    name: 'given names that are common words start a name',
    text: 'Will Oduya, a tenant organiser, and Rich Tolliver, a radio host, spoke at the rally.\n\n"Rents are out of control," Oduya said. "Nobody listens," Tolliver said.',
    quotes: [
      { text: 'Rents are out of control,', speaker: 'Will Oduya' },
      { text: 'Nobody listens,', speaker: 'Rich Tolliver' },
    ],
  },
  {
    name: 'an exclamation inside a sentence that goes on in lower case does not end it',
    text: 'Support for the mayor is growing. Crowds greeted her with chants of "Four more years!" at the fair on Friday, according to Dana Whitfield, who organised it.',
    quotes: [{ text: 'Four more years!', speaker: 'Dana Whitfield' }],
  },
  {
    name: 'a quote that ends its sentence still leaves the next sentence to its own speaker',
    text: 'Tomas Rydell called the levy "a tax on the poor." Greta Lindqvist said she disagreed.',
    quotes: [{ text: 'a tax on the poor.', speaker: 'Tomas Rydell' }],
  },
  {
    name: 'a plural possessive with a bare apostrophe stays inside an organisation name',
    text: 'The Anglers\' Federation opposed the new quota on Monday.\n\n"This will empty the harbour," the federation said.',
    quotes: [{ text: 'This will empty the harbour,', speaker: "Anglers' Federation", method: 'organisation' }],
  },
  {
    name: 'a bare-apostrophe organisation named only at the cue keeps its whole name',
    text: '"We have no choice but to strike," the Nurses\u2019 Union said in a statement.',
    quotes: [{ text: 'We have no choice but to strike,', speaker: 'Nurses\u2019 Union' }],
  },
  {
    name: 'a bare-apostrophe possessive before a personal name is not part of the name',
    text: 'The Greens\' Nadia Okoro spoke first. "We have the votes," Okoro said.',
    quotes: [{ text: 'We have the votes,', speaker: 'Nadia Okoro' }],
  },
  {
    name: 'a name used as a modifier ("the Holt campaign") is not the antecedent of a pronoun',
    text: 'Ann Holt is running for governor. "We will win the north," Holt said on Monday.\n\n"The Holt campaign is in trouble," said Dana Oyelaran, a state senator.\n\nOyelaran believes that the Holt campaign ignored rural voters.\n\n"They never visit us," she said.',
    quotes: [
      { text: 'We will win the north,', speaker: 'Ann Holt' },
      { text: 'The Holt campaign is in trouble,', speaker: 'Dana Oyelaran' },
      { text: 'They never visit us,', speaker: 'Dana Oyelaran', method: 'pronoun' },
    ],
  },
  {
    name: 'a named person\'s campaign speaks as the campaign, and is what "it" refers to',
    text: 'Ann Holt is running for governor.\n\nHolt\u2019s campaign is defending her posts about a rival. It\u2019s denouncing what it calls \u201ca lie told to frighten voters.\u201d\n\n"We will win the north," the Holt campaign said in a statement.',
    quotes: [
      { text: 'a lie told to frighten voters.', speaker: 'Holt campaign', method: 'organisation' },
      { text: 'We will win the north,', speaker: 'Holt campaign' },
    ],
  },
  {
    name: 'a contracted pronoun keeps its gender ("She\u2019s", "He\u2019d")',
    text: 'Tomas Rydell met Greta Lindqvist on Monday. Lindqvist spoke first.\n\nShe\u2019s called the plan \u201ca gift to landlords.\u201d',
    quotes: [{ text: 'a gift to landlords.', speaker: 'Greta Lindqvist', method: 'pronoun' }],
  },
  {
    name: 'a place named in full is not another entity that shares its last word',
    text: 'Envoys met in N. Carolana on Monday.\n\nSouth Carolana accused its neighbour of "a dangerous stunt."',
    quotes: [{ text: 'a dangerous stunt.', speaker: 'South Carolana' }],
  },
  {
    name: 'a share of people who answer a poll is the speaker, as written',
    text: 'The survey was taken last week. Only 41 percent of likely voters agreed that the mayor is "fit to serve," while 60 percent said her rival was "too risky."',
    quotes: [
      { text: 'fit to serve,', speaker: 'Only 41 percent of likely voters' },
      { text: 'too risky.', speaker: '60 percent' },
    ],
  },
  {
    name: 'groups of people named by a quantity speak as the whole phrase',
    text: 'The march went on after dark. Small groups of marchers circled the square while chanting, "No justice, no peace."',
    quotes: [{ text: 'No justice, no peace.', speaker: 'Small groups of marchers' }],
  },
  {
    name: '"agreed to" an event is not a reporting cue for a title after it',
    text: '"We are done," Holt said.\n\nHolt agreed to a long interview for the Tribune\'s series "Voices of the Coast," answering questions for an hour.',
    quotes: [{ text: 'We are done,', speaker: 'Holt' }],
  },
  {
    name: 'a manner adverb between the speaker and the cue is skipped',
    text: 'Union leaders met in Lisbon on Monday. In a long debate over wages and the next contract, Marta Quintela, the head of the Harbor Union, forcefully told a student who had asked about the pay scale for new workers in the port that "nobody here is paid enough."',
    quotes: [{ text: 'nobody here is paid enough.', speaker: 'Marta Quintela', method: 'name' }],
  },
  {
    name: 'a noun ending in -ly before the cue is still the speaker',
    text: 'Officers shot Kevin Marsh on Tuesday.\n\n"We want the video," the family said.',
    quotes: [{ text: 'We want the video,', speaker: 'the family' }],
  },
  {
    name: 'the subject of a complement clause ("believes Holt is right") is not the next pronoun\'s antecedent',
    text: '"The veto will fail," Senate leader Ben Holt said on Tuesday.\n\nHouse Speaker Tom Pratt, despite his doubts about the bill, said he does believe Holt is right about the count.\n\n"We have enough support," he said.',
    quotes: [
      { text: 'The veto will fail,', speaker: 'Ben Holt' },
      { text: 'We have enough support,', speaker: 'Tom Pratt', method: 'pronoun' },
    ],
  },
  {
    name: 'a closing sentence about someone the article names is not an author note',
    text: 'Ana Ruiz will speak on Friday. I asked her aide, "Will she take questions?"\n\nAna Ruiz is expected to arrive at noon.',
    quotes: [{ text: 'Will she take questions?', speaker: null }],
  },
  {
    name: 'name-only lines that do not follow first-person writing are not signatures',
    text: 'I was at the hearing. "Nothing will change," I told the clerk, "until the vote."\n\nThe board met again.\n\nContact Desk\n\nSite Index',
    quotes: [{ text: 'Nothing will change,', speaker: null }, { text: 'until the vote.', speaker: null }],
  },
  {
    name: 'a subordinate clause after a quote ("when X pressed him") does not name its speaker',
    text: 'The ad ends with footage of Tom Pratt at the debate saying, "That is called planning," when Ann Holt pressed him on taxes.',
    quotes: [{ text: 'That is called planning,', speaker: 'Tom Pratt' }],
  },
  {
    name: 'an occupation before a name is a description, not part of the name',
    text: 'Comedian Rita Holm spoke first. "Vote on Tuesday," Holm said.\n\nActor Tom Pratt agreed. "Every vote counts," said Pratt.',
    quotes: [{ text: 'Vote on Tuesday,', speaker: 'Rita Holm' }, { text: 'Every vote counts,', speaker: 'Tom Pratt' }],
  },
  {
    name: 'an adverb or preposition opening a sentence is not a given name',
    text: 'Maybe Pratt knew. "We will see," Pratt said.\n\nLike Holm, the mayor waited. "Not yet," said Holm.',
    quotes: [{ text: 'We will see,', speaker: 'Pratt' }, { text: 'Not yet,', speaker: 'Holm' }],
  },
];
