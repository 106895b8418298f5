// The quote extractor's lexicon as plain data: which words cue speech, which are titles, pronouns, organisations, and
// the few grammar words its readers look for.
//
// Lists are matched on whole words, case-insensitively except the verbs (see SPEECH_VERBS). Extend a list
// here rather than the algorithm: a newsroom that writes "quipped" or "Cardinal" adds one string.

/**
 * Speech verbs, each inflection spelled out (no stemming: what matches is what is listed), matched
 * lower-case only, so "State" in "Secretary of State" is no cue. Base forms that are mostly nouns
 * ("report", "claim") are left out. A finite form ("said") takes its subject before it or, inverted,
 * after it ("said Smith"). "Asked" and "Said" are listed capitalised too: they open sentences ("Asked about …,
 * she said", "Said Ana Ruiz, “…”").
 */
// prettier-ignore
export const SPEECH_VERBS: readonly string[] = [
  'say', 'says', 'said', 'saying',
  'tells', 'told', 'telling',
  'adds', 'added', 'adding',
  'writes', 'wrote', 'writing',
  'tweeted', 'tweeting', 'posted', 'emailed',
  'asks', 'asked', 'asking', 'Asked',
  'insists', 'insisted', 'insisting',
  'stated', 'stating',
  'noted', 'noting',
  'claimed', 'claiming',
  'argues', 'argued', 'arguing',
  'explains', 'explained', 'explaining',
  'responds', 'responded', 'responding',
  'replies', 'replied', 'replying',
  'answered',
  'continues', 'continued',
  'concludes', 'concluded',
  'declares', 'declared', 'declaring',
  'announce', 'announces', 'announced', 'announcing',
  'warns', 'warned', 'warning',
  'suggests', 'suggested', 'suggesting',
  'acknowledges', 'acknowledged', 'acknowledging',
  'admits', 'admitted', 'admitting',
  'reported', 'reportedly',
  'recalls', 'recalled', 'recalling',
  'predicts', 'predicted', 'predicting',
  'promised', 'promising',
  'vow', 'vows', 'vowed', 'vowing',
  'pledged', 'pledging',
  'complains', 'complained', 'complaining',
  'denies', 'denied', 'denying',
  'contends', 'contended',
  'maintains', 'maintained',
  'asserts', 'asserted', 'asserting',
  'observed',
  'remarked',
  'reiterated',
  'confirms', 'confirmed',
  'joked', 'quipped',
  'shouted', 'yelled', 'chanted', 'chanting', 'screamed', 'exclaimed', 'retorted', 'boasted',
  'urges', 'urged', 'urging',
  'recounted',
  'emphasized', 'emphasised', 'stressed',
  'barked', 'boomed', 'beamed', 'reads', 'repeated', 'pressed', 'Said',
  'gushed', 'fumed', 'riffed', 'interjected', 'proclaimed', 'mused', 'scoffed', 'snapped', 'teased', 'thundered',
  'griped', 'grumbled', 'marveled', 'gloated', 'jeered', 'conceded', 'wondered', 'lamented', 'commented', 'countered',
  'believes', 'believe', 'think', 'thinks',
];

/**
 * Verbs that attribute a stance, a plan or a finding rather than words ("praised", "wants", "showed"):
 * news copy reports these as broadly as speech, so they cue reported statements too.
 */
// prettier-ignore
export const STANCE_VERBS: readonly string[] = [
  'call', 'calls', 'called', 'calling',
  'support', 'supports', 'supported', 'supporting',
  'show', 'shows', 'showed', 'shown', 'showing',
  'find', 'finds', 'found',
  'expect', 'expects', 'expected', 'expecting',
  'declined', 'declines', 'refused', 'refuses', 'refusing',
  'describe', 'describes', 'described', 'describing',
  'endorse', 'endorses', 'endorsed', 'endorsing',
  'want', 'wants', 'wanted',
  'hope', 'hopes', 'hoped', 'hoping',
  'plan', 'plans', 'planned', 'planning',
  'accuse', 'accuses', 'accused', 'accusing',
  'expressed', 'expressing',
  'referring', 'referred', 'referenced',
  'praise', 'praises', 'praised', 'praising',
  'criticize', 'criticizes', 'criticized', 'criticizing', 'criticised',
  'attack', 'attacks', 'attacked', 'attacking',
  'cite', 'cites', 'cited', 'citing',
  'seek', 'seeks', 'sought',
  'propose', 'proposes', 'proposed', 'proposing',
  'offered', 'mentioned', 'mentioning',
  'defend', 'defends', 'defended', 'defending',
  'question', 'questioned', 'questioning',
  'agree', 'agrees', 'agreed',
  'released', 'considered', 'considering',
  'condemn', 'condemns', 'condemned', 'condemning',
  'backed', 'backing', 'revealed', 'indicated', 'indicates',
  'charged', 'dismissed', 'rejected', 'denounced', 'blamed', 'thanked', 'opposed', 'opposes',
  'know', 'knows', 'knew', 'learned', 'fear', 'fears', 'feared', 'worry', 'worries', 'worried',
  'seem', 'seems', 'seemed', 'appear', 'appears', 'appeared',
  'talk', 'talks', 'talked', 'talking', 'spoke', 'speaks', 'speaking',
  'touted', 'touting', 'touts', 'highlighted', 'emphasizing', 'reminded', 'reminding',
  'feel', 'feels', 'felt', 'see', 'sees', 'saw', 'view', 'views', 'viewed', 'regard', 'regards', 'regarded',
  'mocked', 'mocking', 'slammed', 'slams', 'blasted', 'blasting', 'decried', 'derided',
  'disclosed', 'published', 'retweeted', 'echoed', 'echoing',
  'named', 'nominated', 'identified', 'estimated', 'projected', 'forecast', 'speculated', 'signaled',
  'demand', 'demands', 'demanded', 'demanding', 'welcomed', 'welcomes', 'cautioned', 'threatened', 'threatening',
  'credited', 'applauded', 'hailed', 'lauded', 'challenged', 'disputed', 'disputes', 'accepted', 'embraced',
  'favored', 'favors', 'prefer', 'prefers', 'preferred', 'doubt', 'doubts', 'doubted', 'suspect', 'suspects', 'suspected',
  'alleged', 'alleges', 'hinted', 'implied', 'implying', 'characterized', 'labeled', 'branded', 'dubbed', 'termed',
  'portrayed', 'bragged', 'mourned', 'congratulated', 'apologized', 'confessed', 'remembered', 'anticipated', 'refuted',
  'contradicted', 'clarified', 'underscored', 'advocated', 'recommended', 'intends', 'intended', 'wishes',
  'wished', 'blames', 'rejects', 'dismisses',
  'mention', 'mentions', 'claim', 'argue', 'discuss', 'discussed', 'discussing', 'respond', 'consider',
  'considers', 'seeking', 'thought', 'acknowledge', 'insist', 'explain', 'oppose', 'favor', 'convinced', 'decided',
  'suggest', 'ruled', 'estimates', 'addressed', 'ignored', 'challenging', 'blame', 'advocate', 'listed', 'remember',
  'promises',
  'claims', 'reports', 'repeats', 'repeating', 'congratulating', 'celebrated', 'celebrating',
  'rebuffed', 'confronted', 'railed', 'railing', 'outlined', 'outlining', 'denouncing', 'denounces', 'referencing',
  'refer', 'refers', 'cheered', 'balked', 'thanking', 'slamming', 'ripped', 'lambasted',
  'pushing', 'insulted', 'insulting', 'defied', 'promoted', 'promoting', 'rallied', 'lobbied', 'lobbying',
];

/**
 * Cues of several words, matched before single verbs so the longer cue wins
 * ("told reporters" rather than "told"). The reported clause starts after the whole cue.
 */
// prettier-ignore
export const MULTI_WORD_CUES: readonly string[] = [
  'according to',
  'told reporters', 'said in a statement', 'said in an interview',
  'wrote on Twitter', 'wrote on Facebook', 'said on Twitter', 'posted on Twitter', 'posted on Facebook',
  'adding that', 'noting that', 'saying that', 'arguing that', 'insisting that', 'claiming that',
  'went on to say', 'goes on to say', 'went on', 'cut in', 'chimed in', 'puts it', 'pointed out', 'points out', 'put it',
  'called for', 'called on', 'calls for', 'focused on', 'pushed for', 'known as', 'pointed to', 'weighed in', 'lashed out', 'fired back', 'shot back', 'hit back',
];

/**
 * Phrases that open with a cue but attribute nothing, each as written in lower case: an appearance (`showed up`,
 * `appeared on a show`, `spoke at a rally`: what was said there has a cue of its own), a condition of speaking
 * (`speaking on condition of anonymity`: the words are elsewhere), a correspondent's credit (`Lin Okafor reported
 * from Marston`).
 */
// prettier-ignore
export const NOT_CUES: readonly string[] = [
  'showed up', 'show up', 'shows up', 'showing up', 'shown up',
  'appeared on', 'appeared at', 'appeared with', 'appeared alongside', 'appears on', 'appears at', 'appears with', 'appear on', 'appear at', 'appear with',
  'speaking on condition of anonymity', 'speaking on the condition of anonymity', 'spoke on condition of anonymity', 'spoke on the condition of anonymity',
  'speaking on condition that', 'spoke on condition that',
  'spoke at', 'speaks at', 'speaking at', 'spoke from', 'speaks from', 'speaking from',
  'reported from',
];

/**
 * Sources that report findings rather than words: "In a Gazette poll, the mayor led by six points" is
 * attributed to the poll, with the cue "in".
 */
export const EVIDENCE_NOUNS: readonly string[] = ['poll', 'polls', 'survey', 'surveys', 'study', 'studies'];

/**
 * Labels that open a paragraph like a transcript's speaker ("UPDATE: …", "Contributing: …") but mark the
 * newsroom's own notes, so the paragraph is no one's statement. Matched case-insensitively.
 */
// prettier-ignore
export const EDITORIAL_LABELS: readonly string[] = [
  'Update', 'Updated', 'Correction', 'Clarification', 'Breaking', 'Editor’s note', "Editor's note", 'Note', 'Contributing',
  'Related', 'Read more', 'Watch', 'Video', 'Photos', 'Source', 'Sources', 'Disclosure',
];

/** Cues whose subject is named after them ("according to X"): the speaker follows the cue. */
export const SOURCE_AFTER_CUES: readonly string[] = ['according to'];

/**
 * Titles and roles removed from the front of a name: "Foreign Minister Shah Mahmood Qureshi" becomes
 * "Shah Mahmood Qureshi". Everything up to the last title word of a name is dropped, so
 * "Army chief General Qamar Javed Bajwa" and "Former Ohio Gov. Peter Marsh" lose their whole prefix.
 */
// prettier-ignore
export const TITLES: readonly string[] = [
  'Mr.', 'Mrs.', 'Ms.', 'Miss', 'Dr.', 'Prof.', 'Professor',
  'Sen.', 'Senator', 'Rep.', 'Representative', 'Congressman', 'Congresswoman', 'Gov.', 'Governor',
  'Lt.', 'Sgt.', 'Col.', 'Capt.', 'Maj.', 'Adm.', 'Gen.', 'General', 'Admiral', 'Colonel', 'Captain',
  'President', 'Vice', 'Minister', 'Secretary', 'Chancellor', 'Premier', 'Ambassador', 'Envoy',
  'FM', 'PM', 'Speaker', 'Leader', 'Chairman', 'Chairwoman', 'Chair', 'Chief', 'Director', 'Commissioner',
  'Mayor', 'Councillor', 'Councilman', 'Councilwoman', 'Alderman', 'Judge', 'Justice', 'Attorney', 'Spokesman', 'Spokeswoman', 'Spokesperson', 'Pope', 'Cardinal',
  'Rev.', 'Reverend', 'Sheikh', 'King', 'Queen', 'Prince', 'Princess', 'Lord', 'Sir', 'Dame',
  'candidate', 'nominee', 'hopeful', 'adviser', 'advisor',
];

/** Words that qualify a role ("former", "Republican", "Foreign"), dropped from the front of a name with its title. */
// prettier-ignore
export const TITLE_QUALIFIERS: readonly string[] = [
  'former', 'then', 'acting', 'deputy', 'assistant', 'foreign', 'prime', 'state', 'of', 'the', 'for',
  'army', 'navy', 'republican', 'democratic', 'presidential', 'majority', 'minority', 'house', 'senate',
];

/** Words written with a period that ends neither a sentence nor a name ("Sen.", "Nov.", "Inc."). */
// prettier-ignore
export const ABBREVIATIONS: readonly string[] = [
  'Mr', 'Mrs', 'Ms', 'Dr', 'Prof', 'Sen', 'Sens', 'Rep', 'Reps', 'Gov', 'Gen', 'Lt', 'Col', 'Capt', 'Maj', 'Sgt', 'Adm',
  'Rev', 'Fr', 'St', 'Jr', 'Sr', 'Ft', 'Mt', 'No', 'vs', 'etc', 'Inc', 'Corp', 'Co', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/** Personal pronouns a speaker can be: they name no one, so they resolve to the previous speaker. */
export const PRONOUNS: readonly string[] = ['he', 'she', 'they', 'i', 'we', 'it', 'you'];

/**
 * Capitalised words that start sentences or clauses but never start a name
 * ("Earlier, Qureshi said" must not give the speaker "Earlier Qureshi").
 */
// prettier-ignore
export const NON_NAME_WORDS: readonly string[] = [
  'a', 'an', 'the', 'and', 'but', 'or', 'so', 'yet', 'if', 'when', 'while', 'as', 'at', 'in', 'on', 'of', 'for',
  'to', 'by', 'with', 'from', 'after', 'before', 'during', 'since', 'earlier', 'later', 'meanwhile', 'however',
  'still', 'also', 'then', 'now', 'today', 'yesterday', 'this', 'that', 'these', 'those', 'there', 'here',
  'his', 'her', 'their', 'its', 'our', 'my', 'your', 'asked', 'speaking', 'writing', 'instead', 'although',
  'though', 'because', 'last', 'next', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'according', 'it', 'he', 'she', 'they', 'we', 'i', 'you',
  // Months, but not those that are also given names (April, May, June, August).
  'january', 'february', 'march', 'july', 'september', 'october', 'november', 'december',
];

/** Determiners that open a description used as a speaker ("the Foreign Office", "a spokesman"). */
// prettier-ignore
export const DETERMINERS: readonly string[] = [
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'one', 'some',
  'another', 'many', 'several', 'both', 'two', 'three', 'other', 'most',
];

/** Words allowed between a subject and its cue ("Qureshi had also said"). */
// prettier-ignore
export const CUE_AUXILIARIES: readonly string[] = [
  'has', 'have', 'had', 'would', 'will', 'could', 'may', 'might', 'also', 'later', 'then', 'previously',
  'earlier', 'recently', 'once', 'reportedly', 'again', 'simply', 'just', 'further', 'repeatedly', 'often',
  'publicly', 'privately', 'first', 'long', 'never', 'always', 'frequently', 'flatly', 'bluntly', 'quickly',
  'is', 'was', 'were', 'are', 'did', 'does', 'do', 'not', 'been', 'being',
];

/**
 * Words that make a speaker an organisation, not a person: a capitalised name holding one ("the Foreign Office",
 * "Kenya Red Cross", "Acme Corp.") or a description whose head is one ("the company", "a spokesman for the ministry"
 * is a person, but its head is "spokesman").
 */
// prettier-ignore
export const ORGANISATION_WORDS: readonly string[] = [
  'office', 'ministry', 'department', 'agency', 'administration', 'government', 'council', 'committee', 'commission',
  'board', 'authority', 'bureau', 'service', 'services', 'police', 'army', 'navy', 'military', 'forces', 'court',
  'parliament', 'senate', 'congress', 'assembly', 'embassy', 'consulate', 'party', 'campaign', 'coalition', 'alliance',
  'union', 'federation', 'association', 'league', 'club', 'team', 'company', 'corporation', 'corp', 'corp.', 'inc',
  'inc.', 'ltd', 'ltd.', 'plc', 'llc', 'group', 'bank', 'fund', 'foundation', 'institute', 'university', 'college',
  'school', 'hospital', 'network', 'news', 'times', 'post', 'journal', 'press', 'reuters', 'cross', 'crescent',
  'trust', 'treasury', 'organization', 'organisation', 'center', 'centre', 'firm', 'airline', 'airlines', 'statement', 'report',
  'spokesmen', 'officials', 'authorities', 'nations', 'ministries', 'white house', 'kremlin', 'pentagon', 'fbi', 'cia',
  'un', 'nato', 'who', 'ad', 'email', 'letter', 'memo', 'website', 'filing', 'lawsuit', 'study', 'survey', 'poll',
];

/**
 * Heads of descriptions that stand for a person the article may have named ("the mayor", "the team's goalkeeper",
 * "a spokeswoman for the ministry"), besides the titles above: a description with one of these heads is resolved to
 * the one person the article gave that role, and stays unresolved when it gave it to none or to several.
 */
// prettier-ignore
export const ROLE_NOUNS: readonly string[] = [
  'spokesman', 'spokeswoman', 'spokesperson', 'official', 'minister', 'secretary', 'president', 'mayor', 'governor',
  'senator', 'lawmaker', 'candidate', 'chairman', 'chairwoman', 'chair', 'chief', 'director', 'executive', 'founder',
  'manager', 'coach', 'captain', 'goalkeeper', 'striker', 'player', 'leader', 'lawyer', 'attorney', 'prosecutor',
  'judge', 'ambassador', 'envoy', 'analyst', 'economist', 'professor', 'researcher', 'scientist', 'doctor', 'commander',
  'general', 'adviser', 'advisor', 'aide', 'owner', 'head', 'premier', 'chancellor', 'king', 'queen', 'prince',
  'inspector', 'detective', 'sheriff', 'officer', 'witness', 'victim', 'father', 'mother', 'son', 'daughter', 'wife',
  'husband', 'brother', 'sister', 'widow', 'nominee', 'mp', 'councillor', 'councilman', 'councilwoman', 'priest',
];

/** Words a sentence may open with before a cue that stand for no one: "Nobody asked", "Everyone agreed". */
// prettier-ignore
export const NO_ONE: readonly string[] = [
  'nobody', 'no one', 'none', 'everyone', 'everybody', 'someone', 'somebody', 'anyone', 'anybody', 'nothing',
  'something', 'everything', 'all', 'many', 'few', 'most', 'some', 'others', 'both', 'each', 'neither', 'either',
];

// Grammar rather than newsroom policy, kept here all the same so that every word the extractor looks for is in one file.

/** Particles inside names, lower-case: "Ludwig van Beethoven", "Osama bin Laden", "St. Clair". */
export const NAME_PARTICLES: readonly string[] = [
  'de',
  'da',
  'del',
  'der',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'le',
  'du',
  'di',
  'st.',
];

/** Abbreviated titles only a person carries ("Mr. Ekwall", "Sen. Ruiz"): a single word after one is a surname. */
export const PERSONAL_TITLES: readonly string[] = [
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Sen',
  'Rep',
  'Gov',
  'Gen',
  'Lt',
  'Col',
  'Capt',
  'Sgt',
  'Prof',
  'Rev',
];

/** Titles of courtesy, not roles: never shown as the role beside a name ("Mr. Ekwall" is not "Mr."). */
export const HONORIFICS: readonly string[] = [
  'Mr.',
  'Mrs.',
  'Ms.',
  'Miss',
  'Mx.',
  'Dr.',
  'Sir',
  'Dame',
  'Lord',
  'Lady',
];

/** Titles that give a person's pronoun. */
export const TITLES_HE: readonly string[] = ['Mr.', 'Sir', 'King', 'Prince'];
export const TITLES_SHE: readonly string[] = ['Mrs.', 'Ms.', 'Miss', 'Dame', 'Queen', 'Princess'];

/** Nouns ending in -ly that can close a subject ("the family said"); every other lower-case -ly word before a cue is an adverb. */
// prettier-ignore
export const LY_NOUNS: readonly string[] = [
  'family', 'assembly', 'supply', 'ally', 'rally', 'monopoly', 'anomaly', 'bully', 'daily', 'weekly', 'monthly', 'quarterly',
];

/** Prepositions a description reaches back over to an earlier determiner ("a spokesman for the mayor"). */
export const DESCRIPTION_LINKS: readonly string[] = ['of', 'for', 'at', 'from', 'with'];

/**
 * Prepositions of place or motion: a description after one is where the speaker is, not who ("a man in the crowd",
 * "protesters marching through the streets"). It reaches back over one to an earlier determiner, else names no one.
 */
// prettier-ignore
export const PLACE_LINKS: readonly string[] = [
  'in', 'through', 'across', 'along', 'around', 'outside', 'inside', 'into', 'past', 'toward', 'towards', 'near', 'behind', 'beside',
];

/** Words that open a subordinate clause or a description: a sentence opening so names no antecedent ("When Ruiz left, she…"). */
// prettier-ignore
export const SUBORDINATORS: readonly string[] = [
  'The', 'When', 'While', 'As', 'After', 'Before', 'Since', 'Although', 'Though', 'Because', 'If', 'Once', 'Until', 'Unlike',
  'Like', 'Despite',
];

/**
 * Words that open an adverbial rather than a clause of the writer's: before a set-off attribution (`Still, she
 * added, “we…”`, `In her tribute, Ruiz said, “there…”`) they leave the quotation the whole of what was said.
 */
// prettier-ignore
export const ADVERBIAL_OPENERS: readonly string[] = [
  'in', 'on', 'at', 'for', 'with', 'by', 'from', 'of', 'as', 'after', 'before', 'during', 'since', 'until', 'despite',
  'like', 'unlike', 'to', 'under', 'over', 'among', 'through', 'within', 'without', 'and', 'but', 'or', 'yet', 'so',
  'still', 'instead', 'however', 'meanwhile', 'later', 'earlier', 'then', 'now', 'also', 'again', 'finally', 'indeed',
  'nevertheless', 'nonetheless', 'otherwise', 'rather', 'besides', 'today', 'yesterday', 'tonight', 'when', 'while',
  'if', 'although', 'though', 'because', 'once', 'asked', 'speaking', 'last', 'next', 'this',
];

/** Prepositions: quoted words right after one are its object (`on “Meet the Press”`), never a quotation of their own. */
// prettier-ignore
export const PREPOSITIONS: readonly string[] = [
  'of', 'on', 'in', 'into', 'onto', 'to', 'for', 'with', 'about', 'from', 'by', 'at', 'as', 'like', 'than', 'against',
  'toward', 'towards', 'over', 'under', 'among', 'between', 'without', 'within', 'upon',
];

/**
 * Nouns for a work or a name: quoted words right after one (`the film “Harbour Lights”`, `his radio show, “Morning
 * Tide,”`, `a nickname, “Bear”`) are its title or the name, not someone's words.
 */
// prettier-ignore
export const WORK_NOUNS: readonly string[] = [
  'film', 'movie', 'documentary', 'book', 'novel', 'memoir', 'biography', 'song', 'album', 'single', 'show', 'series',
  'sitcom', 'program', 'programme', 'podcast', 'play', 'musical', 'opera', 'poem', 'painting', 'exhibition', 'column',
  'essay', 'op-ed', 'commentary', 'editorial', 'headline', 'nickname', 'slogan', 'motto', 'hashtag', 'catchphrase',
];

/** Cues that also mean writing a work: with a title as their object (`wrote “The Quiet Harbour”`) they report no statement. */
export const AUTHORSHIP_CUES: readonly string[] = [
  'wrote',
  'writes',
  'write',
  'written',
  'writing',
  'penned',
  'pens',
  'co-wrote',
  'authored',
];

/** Words whose ’s is "is" or "has", not a possessive: "It’s “risky”" quotes part of a clause, names no work. */
export const CONTRACTED: readonly string[] = [
  'it',
  'that',
  'he',
  'she',
  'what',
  'there',
  'here',
  'who',
  'let',
  'where',
  'how',
  'when',
  'this',
];

/**
 * Words after which a stance verb's plain form ("plan", "support") can be a verb: pronouns, plurals without an -s,
 * modals and the words that stand between a subject and its verb ("voters often support"). After any other word
 * without an -s the plain form is a noun, since a verb there would agree with a singular ("the ferry plan", "the
 * Marston attack", "a reality show"): a plural ("voters", "fishermen") or an -ly word before it is allowed by its ending.
 */
// prettier-ignore
export const PLAIN_VERB_SUBJECTS: readonly string[] = [
  'i', 'you', 'we', 'they', 'who', 'that', 'which', 'people', 'police', 'staff', 'public', 'media',
  'children', 'to', 'not', 'never', 'also', 'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'do',
  'did', 'and', 'or', 'but', 'still', 'often', 'even', 'now', 'then', 'all', 'both', 'only', 'just', 'really',
  'n’t', "n't", 'help', 'helped',
];

/** Articles and possessives: after one, a stance word is a noun ("the claim"). */
export const ARTICLES: readonly string[] = ['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'my', 'your'];

/** Words after which a stance word is a noun ("of talks", "no plans"). */
// prettier-ignore
export const NOUN_MARKERS: readonly string[] = [
  'of', 'for', 'in', 'with', 'on', 'at', 'by', 'from', 'about', 'into', 'no', 'any', 'such', 'whose', 'what',
];

/** Auxiliaries that make a tail after a cue a clause of its own ("it is"). */
// prettier-ignore
export const CLAUSE_WORDS: readonly string[] = [
  'is', 'was', 'were', 'are', 'be', 'has', 'have', 'had', 'will', 'would', 'could', 'can', 'may', 'might', 'should',
  'must', 'do', 'does', 'did',
];

/** Words that open a clause's subject besides determiners and pronouns ("that there is", "that none of"). */
export const SUBJECT_OPENERS: readonly string[] = ['there', 'no', 'none', 'all', 'any', 'every', 'each'];
