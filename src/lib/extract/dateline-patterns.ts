// The dateline parser's policy as plain data: which agencies, months, regions and non-places it knows.
//
// Extend a list here, or pass your own through `DatelineOptions`, rather than the algorithm: a newsroom
// that files from "(Dawn)" or writes "Multan, Punjab —" adds one string.

/** News agencies as written between the parentheses of a dateline ("(Reuters)"), matched exactly. */
// prettier-ignore
export const AGENCIES: readonly string[] = [
  'Reuters', 'AP', 'AFP', 'UPI', 'Xinhua', 'dpa', 'DPA', 'TASS', 'RIA Novosti', 'Interfax', 'Anadolu', 'Kyodo',
  'Yonhap', 'EFE', 'ANSA', 'Bernama', 'Antara', 'IRNA', 'KUNA', 'Bloomberg', 'CNN',
  // South Asian agencies: Press Trust of India, Asian News International, Indo-Asian News Service,
  // Associated Press of Pakistan, News Network International, Independent News Pakistan.
  'PTI', 'ANI', 'IANS', 'APP', 'NNI', 'INP',
];

/** Month names and their abbreviations (AP's "Sept." included), matched case-insensitively, a final "." ignored. */
// prettier-ignore
export const MONTHS: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec',
];

/**
 * Country names in English, taken from the platform's region data (every ISO 3166 code that has a name),
 * so the list is complete without being typed out here.
 */
function countryNames(): string[] {
  const names = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'none' });
  const letters = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];
  // Codes for groupings and placeholders rather than countries ("European Union", "Unknown Region", "Pseudo-Accents").
  const notCountries = new Set(['EU', 'EZ', 'QO', 'UN', 'XA', 'XB', 'ZZ']);
  const codes = letters
    .flatMap((first) => letters.map((second) => first + second))
    .filter((code) => !notCountries.has(code));
  return codes.map((code) => names.of(code)).filter((name) => name !== undefined);
}

/**
 * Countries, states and provinces that may follow a place in a title-case dateline with no date or agency
 * ("Lahore, Pakistan —"), matched case-insensitively. Such a dateline is only recognised with a region from
 * this list, because "Place, Word —" alone is also how an ordinary sentence can begin.
 */
// prettier-ignore
export const REGIONS: readonly string[] = [
  ...countryNames(),
  // Names the platform spells otherwise ("Türkiye", "Czechia", "Myanmar (Burma)", "Côte d’Ivoire").
  'US', 'U.S.', 'UK', 'U.K.', 'UAE', 'Turkey', 'Czech Republic', 'Burma', 'Ivory Coast', 'Britain', 'England',
  'Scotland', 'Wales', 'Northern Ireland',
  // Pakistan's provinces and territories.
  'Punjab', 'Sindh', 'Balochistan', 'Khyber Pakhtunkhwa', 'Gilgit-Baltistan', 'Azad Kashmir',
  // US states, and their AP abbreviations.
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Georgia', 'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine',
  'Maryland', 'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'New York', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma',
  'Oregon', 'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah',
  'Vermont', 'Virginia', 'Washington', 'West Virginia', 'Wisconsin', 'Wyoming', 'D.C.',
  'Ala.', 'Ariz.', 'Ark.', 'Calif.', 'Colo.', 'Conn.', 'Del.', 'Fla.', 'Ga.', 'Ill.', 'Ind.', 'Kan.', 'Ky.', 'La.',
  'Md.', 'Mass.', 'Mich.', 'Minn.', 'Miss.', 'Mo.', 'Mont.', 'Neb.', 'Nev.', 'N.H.', 'N.J.', 'N.M.', 'N.Y.', 'N.C.',
  'N.D.', 'Okla.', 'Ore.', 'Pa.', 'R.I.', 'S.C.', 'S.D.', 'Tenn.', 'Vt.', 'Va.', 'Wash.', 'W.Va.', 'Wis.', 'Wyo.',
];

/**
 * Words that are never (part of) the place, matched case-insensitively against each word of it:
 * labels that open a paragraph the way a dateline does ("UPDATE:", "BREAKING NEWS —"), the words a sentence
 * opens with before a comma ("Earlier, Qureshi had said…", "Meanwhile, Russia —"), days of the week,
 * and acronyms long enough to pass for a place ("NATO: allies agree…").
 */
// prettier-ignore
export const NOT_PLACES: readonly string[] = [
  // Labels.
  'update', 'updated', 'breaking', 'news', 'exclusive', 'analysis', 'opinion', 'editorial', 'comment', 'correction',
  'clarification', 'note', "editor's", 'editor’s', 'warning', 'watch', 'live', 'video', 'photo', 'photos', 'urgent',
  'flash', 'alert', 'fact', 'check', 'review', 'interview', 'read', 'more', 'report', 'explainer', 'listen',
  'advertisement', 'sponsored', 'summary', 'background', 'context', 'disclaimer', 'related', 'timeline', 'transcript',
  'just', 'graphic', 'glance', 'highlights', 'recap', 'preview',
  // Sentence openers.
  'and', 'but', 'or', 'so', 'yet', 'still', 'also', 'then', 'thus', 'hence', 'here', 'there',
  'earlier', 'later', 'meanwhile', 'meantime', 'however', 'today', 'yesterday', 'tomorrow', 'tonight', 'now',
  'separately', 'elsewhere', 'instead', 'moreover', 'furthermore', 'finally', 'indeed', 'nevertheless',
  'nonetheless', 'similarly', 'likewise', 'overall', 'again', 'besides', 'otherwise', 'initially', 'previously',
  'recently', 'currently', 'additionally', 'consequently', 'notably', 'importantly', 'interestingly', 'sadly',
  'unfortunately', 'fortunately', 'clearly', 'first', 'second', 'third', 'last', 'next', 'accordingly',
  // Days of the week.
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  // Acronyms of four letters or more.
  'nato', 'opec', 'unicef', 'unesco', 'unhcr', 'asean', 'fifa', 'nasa', 'nadra', 'ispr',
];

/** Lower-case words that may join the words of a place: "Rio de Janeiro", "Dar es Salaam", "Port-au-Prince". */
// prettier-ignore
export const PLACE_PARTICLES: readonly string[] = [
  'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'des', 'la', 'le', 'les', 'el', 'al', 'es', 'of',
  'on', 'upon', 'am', 'an', 'der', 'den', 'von', 'van', 'y', 'e', 'sur', 'en', 'au', 'aux',
];

/**
 * Fewest letters of an all-caps place that has neither date nor agency: "ROME:" is a dateline,
 * "US: the view from Washington" and "IMF:" are not.
 */
export const BARE_PLACE_MIN_LETTERS = 4;
