/**
 * The ids of the features candidates.ts sets, interned once at load (features.ts): the names
 * are what the weights file and the training script know them by.
 */
import { featureId } from './features';

/** ids(`b:rank`, 4)[n] is the id of `b:rank${n}`. */
const ids = (prefix: string, max: number): number[] => Array.from({ length: max + 1 }, (_, n) => featureId(`${prefix}${n}`));

/** `${prefix}${value}` for the few values a rule's route or method takes, each interned once. */
function idMemo(prefix: string): (value: string) => number {
  const memo = new Map<string, number>();
  return (value) => {
    let id = memo.get(value);
    if (id === undefined) { id = featureId(`${prefix}${value}`); memo.set(value, id); }
    return id;
  };
}

export const F = {
  typeOrg: featureId('type:org'),
  typePerson: featureId('type:person'),
  typeUnindexedName: featureId('type:unindexedName'),
  typeNominal: featureId('type:nominal'),
  entStrong: featureId('ent:strong'),
  entLogcount: featureId('ent:logcount'),
  entFull: featureId('ent:full'),
  entSingle: featureId('ent:single'),
  entGender: featureId('ent:gender'),
  entFirstKnown: featureId('ent:firstKnown'),
  entSpoke: featureId('ent:spoke'),
  entLogspoke: featureId('ent:logspoke'),
  entLowerElsewhere: featureId('ent:lowerElsewhere'),
  entWordShaped: featureId('ent:wordShaped'),
  entTopSpeaker: featureId('ent:topSpeaker'),
  insideOnly: featureId('inside:only'),
  insideAlso: featureId('inside:also'),
  bHas: featureId('b:has'),
  bLogdist: featureId('b:logdist'),
  bSubject: featureId('b:subject'),
  bObject: featureId('b:object'),
  bSpeaking: featureId('b:speaking'),
  bCueNext: featureId('b:cueNext'),
  bCuePrev: featureId('b:cuePrev'),
  bSameSentCue: featureId('b:sameSentCue'),
  bPrevParaCue: featureId('b:prevParaCue'),
  aHas: featureId('a:has'),
  aLogdist: featureId('a:logdist'),
  aSubject: featureId('a:subject'),
  aObject: featureId('a:object'),
  aSpeaking: featureId('a:speaking'),
  aCueNext: featureId('a:cueNext'),
  aCuePrev: featureId('a:cuePrev'),
  aSameSentCue: featureId('a:sameSentCue'),
  ruleNarrator: featureId('rule:narrator'),
  rule: featureId('rule'),
  ruleConf: featureId('rule:conf'),
  ruleP: featureId('rule:p'),
  ruleCue: featureId('rule:cue'),
  rulePronoun: featureId('rule:pronoun'),
  pronNotPerson: featureId('pron:notPerson'),
  pronUnknown: featureId('pron:unknown'),
  pronAgree: featureId('pron:agree'),
  pronClash: featureId('pron:clash'),
  prev: featureId('prev'),
  prevOpensPara: featureId('prev:opensPara'),
  prevRuleNone: featureId('prev:ruleNone'),
  next: featureId('next'),
  paraRuleCount: featureId('para:ruleCount'),
  bRank: ids('b:rank', 4),
  bSent: ids('b:sent', 3),
  bPara: ids('b:para', 3),
  aRank: ids('a:rank', 3),
  aSent: ids('a:sent', 2),
  prevPara: ids('prev:para', 2),
  personRank: ids('b:personRank', 3),
  subjRank: ids('b:subjRank', 3),
  genderRank: ids('g:rank', 3),
  genderSubjRank: ids('g:subjRank', 3),
  nextPara: ids('next:para', 2),
  openerRank: ids('b:openerRank', 3),
  /** `none:${b ? 'b' : ''}${a ? 'a' : ''}` by (b ? 1 : 0) | (a ? 2 : 0). */
  none: ['none:', 'none:b', 'none:a', 'none:ba'].map(featureId),
  ruleHow: idMemo('rule:how='),
  ruleMethod: idMemo('rule:method='),
  ruleHowMethod: idMemo('rule:hm='),
};
