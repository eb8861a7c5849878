/**
 * Small hand-made word lists for quote attribution. Lowercase unless noted.
 * Kept deliberately short: they ship in the content script.
 */

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Reporting verbs that introduce or follow a quotation ("said", "told", "wrote"). */
export const CUE_VERBS = words(`
  say says said saying tell tells told telling write writes wrote written writing
  add adds added adding insist insists insisted argue argues argued arguing
  state states stated ask asks asked asking reply replies replied respond responds responded
  explain explains explained note notes noted noting declare declares declared
  claim claims claimed claiming continued warn warns warned warning
  recall recalls recalled tweet tweets tweeted tweeting post posts posted announce announces announced
  acknowledge acknowledged admit admits admitted concede concedes conceded complain complains complained
  contend contends contended counter countered caution cautioned emphasize emphasized emphasised
  stress stressed suggest suggests suggested urge urges urged vow vows vowed promise promised
  predict predicted quip quipped joke joked shout shouted yell yelled exclaim exclaimed
  call calls called calling describe describes described describing dub dubbed label labeled labelled
  brand branded blast blasted slam slammed accuse accused accusing criticize criticized mock mocked
  praise praised attack attacked lambast lambasted deride derided decry decried denounce denounced
  boast boasted brag bragged assert asserted maintain maintained allege alleged alleging
  testify testified confirm confirmed deny denied insisting arguing stating adding explaining
  report reports reported reporting observe observed remark remarked mutter muttered
  reiterate reiterated repeat repeated pledge pledged threaten threatened demand demanded
  tout touted lament lamented concluded conclude conclude read reads answer answered continue continues
  chant chanted sing sang proclaim proclaimed opine opined scoff scoffed
  agree agrees agreed sing sings sang chant chants comment comments commented cite cites cited retort retorted interject interjected thunder thundered hint hinted
  wonder wonders wondered surmise surmised elaborate elaborated
  accuses slams mocks criticizes denounces decries derides lambasts boasts brags asserts maintains alleges
  testifies acknowledges concludes predicts proclaims cautions stresses emphasizes touts laments threatens
  muse muses mused recount recounts recounted exhort exhorts exhorted bark barked
`);

/** Cue words that are also nouns ("a Jane Holt tweet", "the agency report stated"). */
export const CUE_NOUNS = words(`
  tweet tweets post posts report reports claim claims statement comment comments call calls note
  notes remark answer reply promise warning
`);

/** Cue verbs that usually take the quotation as an object after "as" or directly ("called it ..."). */
export const NAMING_VERBS = words('call calls called calling describe describes described dub dubbed label labeled labelled brand branded');

/** Auxiliaries and adverbs allowed between a subject and its cue verb ("Smith has also said"). */
export const CUE_FILLERS = words(`
  has had have also later then previously once again further simply just flatly repeatedly
  would will could might may can did does do is was were once recently earlier bluntly quickly
  reportedly publicly privately often frequently famously angrily never even still
`);

export const PRONOUNS_MALE = words('he him his himself');
export const PRONOUNS_FEMALE = words('she her herself');
export const PRONOUNS_PLURAL = words('they them we us i it');

/** Title words that precede a personal name and are not part of it ("Sen.", "President"). */
export const TITLE_WORDS = words(`
  mr mr. mrs mrs. ms ms. miss dr dr. sen sen. senator rep rep. representative gov gov. governor del del. delegate
  president vice secretary speaker rev rev. reverend sgt sgt. col col. capt capt. gen gen. general
  lt lt. prof prof. professor judge justice chairman chairwoman chair mayor former attorney
  ambassador minister prime chancellor sir dame lord lady pope adm adm. admiral maj maj. sheriff
  commissioner congressman congresswoman assemblyman assemblywoman councilman councilwoman
  secretary-general foreign defense defence state deputy acting chief executive director
  spokesman spokeswoman spokesperson candidate nominee leader founder anchor host correspondent
  lawyer attorney-general first lady sens. reps. presidential republican democratic democrat gop
  u.s. us british french russian german chinese american ukrainian israeli iranian economist
  strategist adviser advisor aide manager official officials analyst coach ceo rival challenger
  opponent superintendent curator principal dean provost historian researcher scientist critic
  editor inspector detective constable councillor councilmember supervisor trustee treasurer
  auditor bishop archbishop cardinal rabbi imam pastor voter resident student teacher nurse farmer retiree veteran
  pollster comedian actor actress journalist columnist commentator activist singer author writer
  producer filmmaker director musician rapper novelist blogger
`);

/** Role nouns that can stand for a named person ("the senator", "the ambassador"). */
export const ROLE_NOUNS = words(`
  president senator congressman congresswoman representative governor secretary secretary-general
  ambassador minister nominee candidate hopeful spokesman spokeswoman spokesperson chairman chairwoman chair
  mayor judge justice leader director chief official officer adviser advisor aide manager lawyer
  attorney prosecutor sheriff commissioner general admiral chancellor premier king queen prince
  businessman businesswoman billionaire mogul activist author host anchor reporter economist
  analyst strategist professor doctor founder executive ceo owner woman man superintendent
  curator principal dean historian researcher scientist critic editor inspector detective
  councillor supervisor trustee treasurer bishop rabbi imam pastor
`);

/** Nominal speakers kept as written when no name stands behind them ("a source", "officials"). */
export const NOMINAL_SPEAKERS = words(`
  source sources official officials aide aides spokesman spokeswoman spokesperson police
  protesters critics supporters experts analysts observers witnesses residents voters lawmakers
  friend doctor narrator announcer statement letter report memo article ad ruling complaint
  campaign agency committee group groups organizers organiser organizer questioner
  father mother wife husband son daughter brother sister neighbor neighbour colleague family
  relatives lawyers attorneys percent majority respondents
  clip book report study survey poll website site document filing piece video editorial lawsuit
  order brief bylaws
`);

/**
 * Capitalised nouns for a person's party or faith, which head an unnamed source like a lower-case
 * noun ("said an Iowa Democrat", "one Republican involved in the planning"). Lowercase here.
 */
export const AFFILIATION_NOUNS = words(`
  democrat democrats republican republicans independent independents libertarian libertarians
  conservative conservatives liberal liberals progressive progressives tory tories
  muslim muslims christian christians catholic catholics evangelical evangelicals mormon mormons
`);

/** Heads of a capitalised phrase that make it an organisation rather than a person. */
export const ORG_HEADS = words(`
  party committee department ministry agency council commission congress senate house court
  university college institute foundation association union times post news journal network
  campaign administration government office bureau service services company corp inc group
  fund bank organization organisation alliance coalition network center centre magazine press
  review tribune herald daily guardian telegraph reuters cnn bbc nbc abc cbs fox msnbc npr
  nato kremlin pentagon politifact police army navy league club board caucus federation society guild
`);

/** Organisations often quoted under a bare name. */
export const KNOWN_ORGS = words(`
  nato kremlin pentagon politifact reuters ap cnn bbc nbc abc cbs fox msnbc npr fbi cia nsa
  un eu imf who gop dnc rnc aclu nra opec white-house
`);

/** Words that are capitalised at a sentence start but never part of a name. */
export const CAPITALISED_STOPWORDS = words(`
  the a an and but or nor so yet for in on at by to of from with without after before during
  while when where why how what which who whom whose that this these those there here it its
  he she they we i you his her their our my your if as because since although though however
  meanwhile still also then now later today yesterday tomorrow tonight last next one two
  monday tuesday wednesday thursday friday saturday sunday january february march april may june
  july august september october november december jan jan. feb feb. mar mar. apr apr. aug aug.
  sept sept. sep sep. oct oct. nov nov. dec dec. asked says said according not no yes
  see also read more related update updated editor's note photo another other some many several
  both each every all only once even just following amid despite given including
  like unlike maybe perhaps instead under earlier hours days weeks months years minutes moments
`);

/** Words that end a speaker phrase when reading outward from a cue. */
export const CLAUSE_BREAKERS = words(`
  that which who whom whose because although though while when if and but or as after before since
`);

/** Prepositions: a name right after one of these is an object, not a speaker. */
export const PREPOSITIONS = words(`
  with to for by of about against from at on in than like into onto upon toward towards between
  among across through over under behind beside besides including alongside near
`);

/** Nouns after a quoted phrase that make it a name or label, not a statement ("open door" policy). */
export const LABEL_HEADS = words(`
  policy policies program programme programs doctrine act bill law laws initiative initiatives
  campaign movement rule rules deal operation forum show series tour book books film movie song
  album documentary podcast slogan motto brand label hashtag caucus strategy
`);

/** Words that introduce a title or label ("the book", "the film") before a quoted phrase. */
export const TITLE_INTRODUCERS = words(`
  book film movie song album show series documentary novel play essay column titled entitled
  so-called hashtag program programme podcast episode segment memoir poem painting slogan motto
  nickname
`);
