/**
 * Common given names with a grammatical gender, to resolve "he"/"she" to a named person
 * and to find where a personal name starts inside a longer capitalised phrase.
 * Small on purpose; unknown names simply have unknown gender.
 */

const MALE = `
aaron adam alan albert alex alexander andrew angus anthony antony ari arthur barack ben benjamin
bernie bill billy bob bobby boris brad brian bruce bryan carl carlos charles chris christopher chuck
colin dan daniel darrell dave david dennis dick don donald doug douglas ed eddie edward elijah emmanuel
eric frank fred gary george gerald greg harry henry howard hugh ian jack jacob jake james jared jason
jeb jeff jeffrey jens jerry jesse jim jimmy joe joel john johnny jon jonathan jose joseph josh juan
justin keith ken kevin kim larry lee leon lindsey lloyd louis luis marco mark martin matt matthew max
michael mike mitch mitt moe newt nicholas nick nigel olaf oliver patrick paul pete peter phil philip
ralph randy ray reince richard rick rob robert robin roger ron ronald roy rudy rudolph russell ryan
sam samuel scott sean sergei sergey stephen steve steven stuart ted thomas tim timothy todd tom tony
viktor vladimir walter wayne william xi yuri zach kurt kenneth kenny jerome marcus terrence
tyler travis trevor wesley dylan evan ethan gavin glenn gordon grant hank harold herbert jay
jeremy jimmy joaquin jorge kyle lance lawrence leonard luke malcolm marvin maurice melvin miguel
mohammed muhammad nathan neil norman omar oscar pablo pedro raymond reggie reid rex ricardo roberto
rodney roland ross sanjay seth shane sheldon spencer stanley steve sylvester tariq theodore troy
vernon vince vincent warren wilbur willie chad clint cory craig curtis dale dean derek devin dwight
earl elliot elliott felix floyd francisco franklin gene harvey ivan jamal javier jeremiah joaquin
`;

const FEMALE = `
abigail alice alicia amanda amy andrea angela ann anna anne barbara betsy beth betty carly caroline
catherine chelsea christine cindy claire deborah debbie diane donna dorothy elizabeth ellen emily emma
evelyn elaine gina grace hannah heather helen hillary huma jane janet jennifer jessica jill joan
joanna judy julia julie karen kate katherine kathleen kathy kellyanne kelly kim kimberly kristen laura
lauren linda lisa liz loretta lucy madeleine margaret maria marie marine martha mary megan melania
melanie michelle monica nancy natalie nicola nikki olivia pam pamela patricia paula rachel rebecca
rosa ruth sally samantha sandra sarah sharon stephanie susan suzanne tammy teresa theresa tina
tulsi ursula valerie victoria virginia wendy yvonne zoe kamala condoleezza debra janice marsha
mazie heidi claire tammy kirsten elise ivanka tiffany gwen jeanne jeannie
joyce judith kathryn kay kristin leslie lily lorraine louise lynn madison mallory marcia marianne
marilyn marsha maureen meghan melissa michele miriam molly nadia naomi nina noreen norma paige
patty peggy penny phyllis priscilla rita roberta robyn rosemary roxanne shannon sheila shelby
shirley sonia sonya stacey stacy sue sylvia tamara tanya tara teri terri tess trisha vanessa vera
veronica vicki violet wanda yolanda carla esther martha
christina ava stephanie jessica gina hope kellie sherry loretta ruby
`;

import { FEMALE_GIVEN, MALE_GIVEN } from './given-names-tables';
const MALE_GENDER = new Set(MALE_GIVEN.split(' '));
const FEMALE_GENDER = new Set(FEMALE_GIVEN.split(' '));

export const MALE_NAMES = new Set(MALE.trim().split(/\s+/));
export const FEMALE_NAMES = new Set(FEMALE.trim().split(/\s+/));

export type Gender = 'm' | 'f' | null;

/**
 * The gender a given name suggests, or null when unknown or ambiguous. beforeSurname: the word
 * opens a longer name ("Denis McDonough"); alone ("Allen said") it is as often a surname.
 */
export function genderOfFirstName(name: string, beforeSurname = false): Gender {
  const n = name.toLowerCase();
  const m = MALE_NAMES.has(n) || (beforeSurname && MALE_GENDER.has(n));
  const f = FEMALE_NAMES.has(n) || (beforeSurname && FEMALE_GENDER.has(n));
  if (m === f) return null;
  return m ? 'm' : 'f';
}

const KNOWN_MEMO = new Map<string, boolean>();
/** Words remembered at most (the memo is dropped, not grown, past this). */
const KNOWN_MEMO_MAX = 50_000;

export function isKnownFirstName(name: string): boolean {
  // asked for nearly every capitalised word, many times over: answered by word once
  let v = KNOWN_MEMO.get(name);
  if (v === undefined) {
    const n = name.toLowerCase();
    v = MALE_NAMES.has(n) || FEMALE_NAMES.has(n);
    if (KNOWN_MEMO.size >= KNOWN_MEMO_MAX) KNOWN_MEMO.clear();
    KNOWN_MEMO.set(name, v);
  }
  return v;
}
