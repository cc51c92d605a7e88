// Generated from Resources/lexicon.yaml by `make lexicon`; edit that file, not this one.

/// The built-in lexicon, compiled into the program so that a copied binary knows its
/// months and verbs without a resource folder beside it.
enum EmbeddedLexicon {
    static let text = #"""
# The word classes chronicle's rules read. Each class is one list: the rules decide what
# a class does, this file says which words are in it. Words are matched in any case.
#
# A corpus folder may hold its own lexicon.yaml that changes classes:
#   reportingVerb:
#     add: [whispered, quipped]     # more words
#   timeZone:
#     replace: [EST, GMT]           # these words instead
# In a ranked class (month, weekday) an added line starts with the full name it extends:
#   month:
#     add:
#       - [september, setp]

# The months, January first: one line per month, the full name and then its short forms
# (a short form may take a dot, "Sept."). A line's position is the month's number.
month:
  - [january, jan]
  - [february, feb, febr]
  - [march, mar]
  - [april, apr]
  - [may]
  - [june, jun]
  - [july, jul]
  - [august, aug]
  - [september, sept, sep]
  - [october, oct]
  - [november, nov]
  - [december, dec]

# The days of the week, Monday first, as for months.
weekday:
  - [monday, mon]
  - [tuesday, tue, tues]
  - [wednesday, wed]
  - [thursday, thu, thur, thurs]
  - [friday, fri]
  - [saturday, sat]
  - [sunday, sun]

# Holidays, seasons and clock marks: written with a capital, yet never the name of a
# person, place or organization ("New Year's Eve", "Easter").
calendarName:
  [thanksgiving, christmas, easter, ramadan, new, year, eve, halloween, spring, summer,
   autumn, fall, winter, am, pm, a.m, p.m]

# Time zones written after a clock ("2:41 p.m. EST"). Read only in capitals: "west" and
# "wet" are words.
timeZone:
  [EST, EDT, PST, PDT, CST, CDT, MST, MDT, AKST, AKDT, HST, GMT, UTC, BST, CET, CEST, EET,
   EEST, WET, WEST, MSK, IST, JST, KST, AEST, AEDT, AWST, ACST, NZST, NZDT, SGT, HKT]

# Zones that are also initials or words ("AT", "CT"): a zone only right after a clock.
shortTimeZone: [ET, PT, CT, MT, AT]

# The time tagger's own words, by what each means to its grammar (name: [words]). Months,
# weekdays and time zones are the classes above.

# Numbers spelled out, by value ("twenty-one" is read in two pieces).
timeCardinal:
  "0": [zero]
  "1": [one]
  "2": [two]
  "3": [three]
  "4": [four]
  "5": [five]
  "6": [six]
  "7": [seven]
  "8": [eight]
  "9": [nine]
  "10": [ten]
  "11": [eleven]
  "12": [twelve, dozen]
  "13": [thirteen]
  "14": [fourteen]
  "15": [fifteen]
  "16": [sixteen]
  "17": [seventeen]
  "18": [eighteen]
  "19": [nineteen]
  "20": [twenty]
  "30": [thirty]
  "40": [forty]
  "50": [fifty]
  "60": [sixty]
  "70": [seventy]
  "80": [eighty]
  "90": [ninety]
  "100": [hundred]
  "1000": [thousand]

# Ordinals, by value ("one second" is rarer in dates than "the second").
timeOrdinal:
  "1": [first]
  "2": [second]
  "3": [third]
  "4": [fourth]
  "5": [fifth]
  "6": [sixth]
  "7": [seventh]
  "8": [eighth]
  "9": [ninth]
  "10": [tenth]
  "11": [eleventh]
  "12": [twelfth]
  "13": [thirteenth]
  "14": [fourteenth]
  "15": [fifteenth]
  "16": [sixteenth]
  "17": [seventeenth]
  "18": [eighteenth]
  "19": [nineteenth]
  "20": [twentieth]
  "30": [thirtieth]

# Units of time, each with its forms.
timeUnit:
  second: [seconds, secs]
  minute: [minute, minutes, mins]
  hour: [hour, hours, hrs]
  day: [day, days]
  week: [week, weeks]
  weekend: [weekend, weekends]
  month: [month, months]
  quarter: [quarter, quarters]
  year: [year, years]
  decade: [decade, decades]
  century: [century, centuries]
  fortnight: [fortnight, fortnights]

# Seasons.
season:
  spring: [spring, springtime]
  summer: [summer, summertime]
  fall: [fall, autumn]
  winter: [winter, wintertime]

# Parts of the day ("overnight": the night that ends on the day it is told of).
dayPart:
  morning: [morning, mornings]
  afternoon: [afternoon, afternoons]
  evening: [evening, evenings]
  night: [night, nights]
  noon: [noon, midday]
  midnight: [midnight]
  overnight: [overnight]
  tonight: [tonight]

# Holidays whose day the tagger computes.
holiday:
  christmas: [christmas, xmas]
  easter: [easter]
  thanksgiving: [thanksgiving]
  halloween: [halloween]

# The words of the tagger's grammar, by the keyword its rules read them as ("lately" is
# read as "recently", "till" as "until").
timeKeyword:
  last: [last]
  the: [the]
  a: [a]
  an: [an]
  this: [this]
  that: [that]
  these: [these]
  next: [next]
  past: [past]
  previous: [previous]
  following: [following]
  coming: [coming]
  current: [current]
  currently: [currently]
  recent: [recent]
  recently: [recently, lately]
  now: [now]
  today: [today]
  yesterday: [yesterday]
  tomorrow: [tomorrow]
  ago: [ago]
  earlier: [earlier]
  later: [later]
  early: [early]
  late: [late]
  mid: [mid]
  end: [end]
  beginning: [beginning]
  start: [start]
  middle: [middle]
  of: [of]
  around: [around]
  about: [about, approximately, roughly]
  fiscal: [fiscal]
  latest: [latest]
  prior: [prior]
  before: [before]
  after: [after]
  since: [since]
  over: [over]
  during: [during]
  for: [for]
  every: [every]
  each: [each]
  per: [per]
  daily: [daily]
  weekly: [weekly]
  monthly: [monthly]
  annually: [annually, annual]
  yearly: [yearly]
  hourly: [hourly]
  nightly: [nightly]
  quarterly: [quarterly]
  twice: [twice]
  times: [times]
  soon: [soon]
  future: [future]
  previously: [previously, formerly]
  once: [once]
  upcoming: [upcoming]
  half: [half]
  several: [several]
  few: [few]
  many: [many]
  some: [some]
  couple: [couple]
  more: [more]
  less: [less, fewer]
  other: [other]
  than: [than]
  nearly: [nearly, almost, just]
  by: [by]
  in: [in]
  "on": ["on"]
  at: [at]
  until: [until, till, til]
  through: [through, thru]
  from: [from]
  to: [to]
  and: [and]
  present: [present]
  presently: [presently]
  right: [right]
  away: [away]
  full: [full, entire, whole]
  comparable: [comparable]
  corresponding: [corresponding]
  same: [same]
  near: [near]
  short: [short]
  term: [term]
  long: [long]
  time: [time]
  period: [period, periods]
  am: [am]
  pm: [pm]
  will: [will, shall]
  ll: [ll]
  would: [would]
  # Before a form that is both past and base ("could cut"), the base; "may" is a month word.
  modal: [could, can, might, must, should]
  # A plan or an expectation: the date after it lies ahead.
  futureCue: [expected, expects, expect, scheduled, planned, intends, intend, due, slated, hopes,
    aims, promised, vowed, wants, going, payable, pending, effective, pledging, pledges, pledge,
    vowing, vows, promising, promises]
  # The past forms of "be", "have" and "do", "says" (a report), and "-ed" verbs common after
  # a subject with its article ("the company announced layoffs"), which the "-ed" test takes for
  # an adjective. Other past forms are the class pastVerb.
  pastCue: [says, was, were, had, did, announced, reported, added, launched, killed, died, closed,
    signed, agreed, visited]
  ending: [ended, ending]
  beVerb: [be, is, are, being]
  then: [then]
  date: [date]
  nineties: [nineties]
  eighties: [eighties]
  seventies: [seventies]
  sixties: [sixties]
  fifties: [fifties]
  forties: [forties]
  thirties: [thirties]
  twenties: [twenties]
  calendar: [calendar]
  financial: [financial]
  possessive: [its, their, his, her, our, my, your]
  plan: [plan, plans, planning]
  been: [been]
  q: [q]
  as: [as]
  or: [or]
  so: [so]
  afterwards: [afterwards, afterward, thereafter]
  fy: [fy]
  into: [into]
  new: [new]
  eve: [eve]
  orthodox: [orthodox]
  local: [local]
  # "t" is the tail of "don't", "won't", "can't" as the tokenizer splits them.
  not: [not, never, cannot, nothing, "t"]
  hedge: [virtually, practically, seemingly, literally, basically, essentially, effectively,
    suddenly]
  changeVerb: [change, changes, happen, happens, disappear, disappears, vanish, transform,
    transforms, fix, solve]
  # After "overnight" these name a kind of thing (an overnight rate, an overnight success),
  # not a night that something happened in.
  overnightNoun: [success, successes, sensation, star, stardom, celebrity, fame, millionaire,
    millionaires, hit, rate, rates, lending, loan, loans, repo, repos, funds, deposit, deposits,
    index, stay, stays, bag, bags, oats, shipping, delivery, camp, camps, guest, guests, parking,
    shift, shifts, train, trains, bus, buses, ferry]
  # A game's periods are no parts of a year: "trailed going into the fourth quarter". Singular
  # forms only: a plural after a number counts ("2000 games"). Words only sport uses: "game",
  # "match" and "scored" are everyday business words ("a game-changing fourth quarter"), and
  # "scored" is a past tense the tense reads.
  gameWord: [touchdown, halftime, quarterback, inning, kickoff, scoreless, referee, playoff,
    goalkeeper, keeper, striker, midfielder, equaliser, equalizer, pitch]
  # "set for", "set to": a plan.
  set: [set]
  # "headed for February 23 elections": a destination, so the date right after lies ahead.
  headed: [headed, heading, bound]

# Verbs that give what a passage says to a source: "X said", "said X", "X reported". The
# source is the passage's claimant, and a speaker (a person or an organization).
reportingVerb:
  [said, says, say, claimed, claims, claiming, reported, reports, told, stated, states,
   announced, announces, added, tweeted, wrote, posted, confirmed, insisted, warned,
   declared, noted]

# Other verbs of speaking: "X urged", "X denied" make X a speaker, but what follows is no
# claim of X's ("Analysts urged Moldova to ...").
speechVerb:
  [tells, adds, writes, warns, notes, argued, argues, explained, insists, confirms, denied,
   denies, declares, stressed, emphasized, emphasised, suggested, suggests, asserted,
   responded, replied, acknowledged, admitted, urged, urges, predicted, cautioned, observed,
   highlighted, lauded, praised, accused]

# Who a claim is attributed to (the claimant of a passage).

# Words that may stand between a speaker and a reporting verb without changing who
# speaks ("X has also said", "X in a statement said").
claimFiller:
  [has, have, had, also, later, further, then, earlier, previously, again, "on", in, a,
   the, statement, reportedly]

# Words right before a reporting verb that make it name no speaker: an infinitive, a
# relative clause or a passive ("to say", "that states", "was announced").
speechBlocker: [to, that, which, was, were, been, be, is, are, being]

# Nouns for someone who speaks for another: "an official in the office of X said" is the
# official's claim, not X's; "a US official said" names the official.
spokesRole:
  [official, officials, spokesman, spokeswoman, spokesperson, aide, aides, source, sources,
   adviser, advisers, advisor, advisors, representative, representatives, lawyer, lawyers,
   attorney, attorneys, member, members, staff, staffer, staffers, diplomat, diplomats,
   envoy, people, person, friend, friends, ally, allies, relative, relatives, insider,
   insiders]

# Words that link such a role to whom it speaks for ("a spokesman for", "sources close to").
spokesLinker: [of, for, to, at, in, with, from, close, near]

# Articles, which may stand before a name in such a phrase ("of the Prime Minister ...").
article: [the, a, an]
# The articles that introduce one of many things ("a 2010 study").
indefiniteArticle: [a, an]

# Bodies that speak without a name and without a plural ("police said").
uniformedBody: [police, officers]

# Verbs that are speech only when nothing is their object: "she added" and "he noted
# that", but not "gains have added impetus".
objectSpeechVerb: [added, noted, posted, wrote]

# Words after such a verb that leave it speech ("noted that", "added on Monday").
afterSpeechWord: [that, "on", in, later, earlier, yesterday, today]

# Nouns for what a disaster or an attack takes: after a reporting verb ("claimed the lives
# of", "claimed 80 lives") that verb tells no speech.
lifeNoun: [lives, life]

# Speech verbs spelled like a plural noun: speech only before "that" or punctuation
# ("the law states that", not "Gulf Coast states").
nounLikeSpeechVerb: [states]

# Words between a name and its verb that do not describe the speaker: auxiliaries,
# adverbs of time, reflexives ("X would never say", "X himself said").
speakerAside:
  [would, will, could, may, might, did, does, do, not, never, always, still, now, just,
   first, himself, herself, itself, themselves, too, once]

# Nouns that end in -ly, which a word in -ly before a verb is otherwise taken not to be.
lyNoun: [family, assembly, supply, monopoly, anomaly, rally, ally]

# Prepositions after a reporting verb that introduce a place or a medium, not a speaker
# ("wrote on Telegram", "said in Kyiv").
mediumPreposition:
  ["on", in, at, to, from, via, with, during, after, before, by, for, over]

# Head words of a body named by its field after "of" ("Department of Housing and Urban
# Development", "Office of Management and Budget"): the field may be two things joined by
# "and".
bodyOfHead: [department, ministry, office, bureau, directorate]

# Heads that name a field rather than a body, and so may end the field after a body's
# "of" and "and" ("Department of Health and Human Services", "Institute of Electrical and
# Electronics Engineers"), where another head starts a body of its own ("... of Defense and
# State Department").
fieldHead: [services, sciences, engineers, communications, industries, technologies, electronics]

# English words that end a compound adjective after a name ("New York-born", "state-run",
# "Kyiv-style"), where a short lower-case syllable after a hyphen ends a given name
# ("Kim Jong-un"). Words with an ending of `verbOrAdverbEnding` ("-ed", "-ing") need no
# listing.
compoundTail:
  [born, run, made, led, like, style, era, bound, free, wide, area, type, class, level,
   based, owned, backed, only, rich, heavy, size, scale, term, long, left, right, old,
   year, day, week, time, up, down, out, "off", over, to, for, and, "on", by, maker, makers,
   owner, owners, giant, firm, group, brand, user, users]

# Prefixes that join a word to the one after their hyphen: "Co-operation" is one word, not
# an adjective made of a name ("Kyiv-backed"), and may stand inside a name ("Organisation
# for Economic Co-operation and Development").
wordPrefix: [co, re, pre, non, inter, multi, post, sub, semi]

# Head words of a body of members named by who belongs after "of" or "for" ("Society of
# Motor Manufacturers and Traders", "Federation for Small Farms and Forests"): who belongs
# may be two kinds joined by "and".
memberBodyHead:
  [association, society, federation, confederation, union, organization, organisation,
   alliance, league, guild, council, institute, chamber, brotherhood, academy]

# Lower-case words inside the name of a body owned by a place or group ("the Taliban's
# Ministry of Public Health").
bodyNameLinker: [of, and, for, "on"]

# Words that may stand between a speaker and the verb of speaking ("Ana Ruiz has said",
# "Acme later told"): the capitalised word before them is still the speaker.
speechLeadIn: [has, had, also, then, later]

# Verbs after which "it" is empty ("it's okay", "it was clear"): an "it" before one after
# a speaker's verb ("Acme said it was ...") tells nothing of what the speaker is, where
# "Acme said it would" makes Acme an organization.
emptyItVerb: [is, was, had, has]

# How a capitalised name is classified (person, place, organization, or no actor).

# Titles and roles written before a name, capitalised ("President X", "Police Commissioner
# X") or not ("spokesman X", "midfielder X"): each makes the name after it a person.
personTitle:
  [president, minister, premier, chancellor, secretary, secretary-general, general, gen, lt,
   lieutenant, col, colonel, major, maj, captain, capt, sgt, sergeant, admiral, adm,
   commander, marshal, senator, sen, rep, congressman, congresswoman, governor, gov, mayor,
   ambassador, envoy, spokesman, spokeswoman, spokesperson, adviser, advisor, aide, chief,
   director, chairman, chairwoman, chair, chairperson, whip, ceo, c.e.o., c.f.o., c.o.o., pm, king, queen, prince, princess, pope, sheikh, emir,
   professor, prof, dr, mr, mrs, ms, miss, sir, dame, judge, attorney, prosecutor,
   patriarch, archbishop, bishop, speaker, leader, correspondent, reporter, columnist,
   editor, analyst, oligarch, businessman, tycoon, son-in-law, negotiator, official,
   officer, commissioner, inspector, superintendent, sheriff, detective, constable, trooper,
   coordinator, counsel, treasurer, comptroller, auditor, magistrate, councilman,
   councilwoman, councillor, councilor, assemblyman, assemblywoman, lawmaker, legislator,
   midfielder, striker, goalkeeper, defender, winger, quarterback, pitcher, photographer,
   journalist, lawyer, economist, historian, activist, executive, cfo, coo, cto, manager,
   investigator, representative, justice, coroner, messrs, mme, cpt, cpl, pvt, cmdr, cdr,
   brig, reps, rev, hon, pres, supt, insp, amb, atty, fr, gens, sens, lieut, cmdt, comdr, rt,
   singer, rapper, actor, actress, novelist, poet, comedian, songwriter, filmmaker, musician,
   strategist, mp, mps, mep, meps, administrator, chairmen, chairwomen]

# Words that stand in a title phrase before a name ("Vice", "Acting", "Foreign" of "Foreign
# Minister X", "Rear" of "Rear Adm. X", "Fire" of "Fire Chief X", "wife" of "his wife X")
# but alone make nobody a person; with `personTitle` they are the title words a name is
# stripped of.
titleWord:
  [vice, prime, head, lord, lady, majority, minority, commentator, deputy, acting, former, foreign,
   defense, defence, interior, finance, economy, energy, health, regional, senior, special,
   top, state, presidential, intelligence, army, military, national, security, daughter,
   wife, husband, son, brother, sister, father, mother, general-major, coach, delegate,
   first, heir, crown, founder, owner, assistant, associate, district, circuit, transportation,
   transport, commerce, labor, labour, agriculture, education, trade, environment, culture,
   housing, immigration, tourism, infrastructure, rear, fire]

# Common given names across languages: a capitalised pair starting with one is a person
# even without a title, and one inside a run starts a person ("... the United States
# Oksana Markarova"). Other spellings of a name are found by its transliterations.
givenName:
  [alexander, alexei, alexey, andrei, andrey, andriy, anna, anton, boris, dmitry, dmitri,
   dmytro, evgeny, yevgeny, igor, ihor, ivan, kirill, konstantin, maria, mikhail, mykhailo,
   nikolai, mykola, oleg, oleh, oleksandr, oleksii, olena, olga, pavel, petro, pyotr, roman,
   ruslan, sergei, sergey, serhiy, svetlana, tatiana, valery, valerii, vasily, viktor,
   victor, vitali, vitaly, vladimir, volodymyr, vladislav, vladyslav, yulia, yuri, yury,
   yuriy, denys, denis, maxim, maksym, timur, david, donald, joe, joseph, john, james,
   robert, michael, william, richard, thomas, charles, christopher, daniel, matthew,
   anthony, mark, paul, steven, steve, andrew, kenneth, george, edward, brian, ronald,
   kevin, jason, jeffrey, ryan, jacob, gary, nicholas, eric, stephen, jonathan, larry,
   justin, scott, frank, brandon, benjamin, samuel, gregory, patrick, jack, dennis, jerry,
   tyler, aaron, henry, jared, marco, ted, mike, mitch, chuck, nancy, hillary, kamala, jd,
   elon, pete, lloyd, antony, jake, karoline, marjorie, lindsey, rand, mary, patricia,
   jennifer, linda, elizabeth, barbara, susan, jessica, sarah, karen, lisa, betty, margaret,
   sandra, ashley, kimberly, emily, donna, michelle, carol, amanda, melissa, deborah,
   stephanie, rebecca, laura, sharon, cynthia, kathleen, amy, angela, helen, emma, olivia,
   melania, ivanka, emmanuel, francois, françois, jean, marine, pierre, olaf, friedrich,
   annalena, ursula, kaja, keir, rishi, giorgia, mario, matteo, pedro, andrzej, mateusz,
   radoslaw, radosław, karol, jens, magdalena, sanna, gitanas, edgars, recep, xi, narendra,
   kim, shinzo, fumio, mette, ulf, alar, petr, jaroslav, peter, wladimir, oksana, iryna,
   yevgeniy, keith, tony, gordon, theresa, liz, nigel, dominic, jeremy, ben, mohammed,
   muhammad, ahmed, ali, hassan, abdullah, omar, yusuf, ismail, ibrahim, ramzan, valentina,
   sergiy, arseniy, leonid, dmitriy, grigory, ilya,
   jorge, josé, andrés, andres, carmen, lucía, lucia, sofía, sofia, isabel, marta,
   pilar, joão, joao, paulo, francesca, giulia, jürgen, jurgen, jacques, natalia, jenny,
   # Common given names of English-language news; names that are also everyday words,
   # places or companies ("Will", "Grant", "May", "Austin", "Travis", "Morgan") are left
   # out.
   tim, timothy, greg, bob, bobby, phil, philip, phillip, alan, barry, marc, neil,
   louis, martin, tom, tommy, jim, jimmy, jon, dan, danny, dave, doug, eddie, fred,
   glenn, harold, jeff, jerome, joel, johnny, kurt, ken, kenny, leo, matt, nick, nathan,
   noah, oliver, oscar, randy, rick, ricky, rob, robin, roger, ron, roy, russell, sam,
   sean, seth, shawn, simon, stuart, todd, trevor, walter, wesley, adam, alex, andy,
   arthur, bradley, brad, bruce, bryan, carl, chris, christian, colin, craig, curtis,
   derek, dylan, edgar, evan, felix, francis, gabriel, gavin, geoffrey, gerald, harry,
   harvey, hugh, ian, isaac, jesse, julian, karl, kyle, leon, leonard, lucas, malcolm,
   marcus, marvin, neal, owen, ralph, raymond, rodney, roland, spencer, terry, theodore,
   vincent, wallace, abigail, alice, alicia, allison, andrea, ann, anne, annie, audrey,
   beth, brenda, carla, caroline, carolyn, catherine, cathy, cheryl, christina,
   christine, claire, claudia, colleen, dana, danielle, debbie, denise, diana, diane,
   dorothy, eileen, elaine, eleanor, elena, ellen, erica, erin, eva, evelyn, fiona,
   gail, gina, gloria, hannah, heather, heidi, irene, jackie, jane, janet, janice, jill,
   joan, joanna, joanne, joyce, judith, judy, julia, julie, kate, katherine, kathryn,
   kathy, katie, kelly, kristen, leslie, lori, louise, lucy, marie, marilyn, martha,
   megan, meredith, molly, monica, natalie, nicole, nina, paula, rachel, rita, ruth,
   sally, samantha, sara, shannon, sheila, shirley, sophia, sophie, suzanne, sylvia,
   teresa, tina, tracy, valerie, vanessa, wendy, yvonne, akio, hiroshi, takeshi,
   satoshi, raj, rahul, amit, sunil, sanjay, priya, anil, vijay, ravi, arjun, satya,
   sundar, naresh, jose, juan, carlos, luis, miguel, javier, alejandro, fernando,
   ricardo, antonio, manuel, francisco, rafael, sergio, pablo, diego, eduardo, roberto,
   luca, giuseppe, giovanni, francesco, alessandro, hans, klaus, wolfgang, stefan,
   markus, lars, sven, erik, henrik, ahmad, khalid, tariq, mustafa, hamid, reza, fatima,
   aisha, mehmet]

# Compass words that make a following name a region ("East Germany", "South Ossetia"), and
# that with a demonym make an adjective ("North American markets").
compassWord:
  [north, south, east, west, northern, southern, eastern, western, central, upper, lower,
   greater, middle, far]

# Lower-case words that may stand between the capitalised words of one name ("Council on
# Foreign Relations", "von der Leyen", "bin Salman"); "for" and "on" only after an
# institution word.
nameParticle:
  [of, for, "on", de, du, des, la, le, von, van, der, den, ter, al, bin, bint, ibn, el, da,
   do, dos, das, di, del, della]

# The second particle of a pair inside a name ("von der Leyen", "van den Berg", "de la
# Cruz"): after a particle of nameParticle it keeps the name going.
pairedParticle: [der, den, de, la, le, los, las]

# The Arabic article, joined to a name ("al-Sisi", "el-Sheikh", and assimilated: "ash-Shara",
# "ad-Din"): written in lower case it still opens a name, and a person is the same person
# with or without it.
arabicArticle: [al, el, ad, ar, as, at, az, an, ash]

# Prefixes of surnames written with a capital inside ("McDonald", "MacArthur", "DeSantis",
# "LaGuardia", "FitzGerald"): another word with a capital after its first lower-case
# letters ("SpendingPulse", "AppleInsider") is a coined brand, no person's name.
surnamePrefix: [mc, mac, de, di, da, du, la, le, van, von, fitz]

# Generation marks written after a name, capitalised, with or without a dot ("Martin
# Luther King Jr."): part of the name, never a surname. Roman numerals ("Abdullah II") are
# marks by their letters and need no entry.
generationMark: [jr, sr]

# Familiar forms of given names, each with the name it stands for: "Joe Varn" and "Joseph
# Varn" are one person. Forms that stand for two names (Pat, Sam, Alex, Chris) are left out.
nickname:
  joe: joseph
  bill: william
  billy: william
  bob: robert
  bobby: robert
  rob: robert
  jim: james
  jimmy: james
  mike: michael
  tom: thomas
  tommy: thomas
  dave: david
  tony: anthony
  paddy: patrick
  dan: daniel
  danny: daniel
  nick: nicholas
  ben: benjamin
  matt: matthew
  andy: andrew
  ed: edward
  fred: frederick
  larry: lawrence
  dick: richard
  rick: richard
  greg: gregory
  jeff: jeffrey
  ron: ronald
  don: donald
  ken: kenneth
  tim: timothy
  doug: douglas
  phil: philip
  vince: vincent
  zach: zachary
  nate: nathan
  jenny: jennifer
  liz: elizabeth
  maggie: margaret
  peggy: margaret
  sue: susan
  vicky: victoria
  debbie: deborah
  becky: rebecca
  cathy: catherine
  kathy: katherine

# Letters written after a person's name for a seat, an honour or a rank at the bar ("Dana
# Hale KC", "Orin Tal MP", "Velma Orsk OBE"): no part of the name, and no actor alone.
postNominal: [kc, qc, mp, mep, msp, mla, mpp, obe, cbe, mbe, kbe, dbe, gbe, frs, phd]

# Demonyms and other words that name a people, a faith or a side, each with the country
# it names ("" for none): "Russian Ministry of Defense" is Russia's ministry, "the Russian
# president" speaks for Russia; a demonym alone is no name, nor a run of them and compass
# words ("the East African nation"), and "Russians" is the plural of one.
demonym:
  russian: russia
  ukrainian: ukraine
  american: "united states"
  british: "united kingdom"
  english: england
  french: france
  german: germany
  polish: poland
  italian: italy
  spanish: spain
  chinese: china
  japanese: japan
  korean: korea
  north: ""
  south: ""
  indian: india
  iranian: iran
  iraqi: iraq
  israeli: israel
  palestinian: palestine
  syrian: syria
  turkish: turkey
  greek: greece
  hungarian: hungary
  slovak: slovakia
  slovakian: slovakia
  czech: czechia
  romanian: romania
  bulgarian: bulgaria
  serbian: serbia
  croatian: croatia
  belarusian: belarus
  belarussian: belarus
  moldovan: moldova
  georgian: georgia
  armenian: armenia
  azerbaijani: azerbaijan
  kazakh: kazakhstan
  uzbek: uzbekistan
  estonian: estonia
  latvian: latvia
  lithuanian: lithuania
  finnish: finland
  swedish: sweden
  norwegian: norway
  danish: denmark
  dutch: netherlands
  belgian: belgium
  swiss: switzerland
  austrian: austria
  portuguese: portugal
  irish: ireland
  scottish: scotland
  welsh: wales
  canadian: canada
  mexican: mexico
  brazilian: brazil
  argentine: argentina
  australian: australia
  egyptian: egypt
  saudi: "saudi arabia"
  emirati: "united arab emirates"
  qatari: qatar
  pakistani: pakistan
  afghan: afghanistan
  vietnamese: vietnam
  soviet: "soviet union"
  european: europe
  western: ""
  eastern: ""
  nordic: ""
  baltic: ""
  chechen: chechnya
  crimean: crimea
  kyrgyz: kyrgyzstan
  tajik: tajikistan
  turkmen: turkmenistan
  african: africa
  asian: asia
  arab: ""
  nigerian: nigeria
  kenyan: kenya
  ethiopian: ethiopia
  sudanese: sudan
  libyan: libya
  lebanese: lebanon
  jordanian: jordan
  yemeni: yemen
  venezuelan: venezuela
  colombian: colombia
  cuban: cuba
  chilean: chile
  peruvian: peru
  thai: thailand
  indonesian: indonesia
  filipino: philippines
  taiwanese: taiwan
  mongolian: mongolia
  slovenian: slovenia
  montenegrin: montenegro
  albanian: albania
  macedonian: "north macedonia"
  bosnian: bosnia
  icelandic: iceland
  luxembourgish: luxembourg
  philippine: philippines
  malaysian: malaysia
  singaporean: singapore
  bangladeshi: bangladesh
  nepali: nepal
  nepalese: nepal
  burmese: myanmar
  cambodian: cambodia
  laotian: laos
  algerian: algeria
  moroccan: morocco
  tunisian: tunisia
  ghanaian: ghana
  somali: somalia
  rwandan: rwanda
  ugandan: uganda
  tanzanian: tanzania
  zimbabwean: zimbabwe
  ecuadorian: ecuador
  bolivian: bolivia
  paraguayan: paraguay
  uruguayan: uruguay
  # Nouns for one of a people, whose plural names the people ("Britons", "Turks").
  briton: "united kingdom"
  brit: "united kingdom"
  turk: turkey
  dane: denmark
  swede: sweden
  spaniard: spain
  kurd: ""
  guatemalan: guatemala
  honduran: honduras
  nicaraguan: nicaragua
  panamanian: panama
  haitian: haiti
  jamaican: jamaica
  omani: oman
  bahraini: bahrain
  kuwaiti: kuwait
  cypriot: cyprus
  maltese: malta
  senegalese: senegal
  cameroonian: cameroon
  zambian: zambia
  angolan: angola
  mozambican: mozambique
  namibian: namibia
  eritrean: eritrea
  malian: mali
  bavarian: ""
  catalan: ""
  basque: ""
  flemish: ""
  kurdish: ""
  tibetan: ""
  uyghur: ""
  caribbean: ""
  scandinavian: ""
  balkan: ""
  trumpist: ""
  kremlin-backed: ""
  pro-kremlin: ""
  us-led: ""
  protestant: ""
  catholic: ""
  muslim: ""
  jewish: ""
  sunni: ""
  shiite: ""
  shia: ""
  hindu: ""
  buddhist: ""
  orthodox: ""

# The regions of a country, each with its country: a report from a state and one from its
# country may tell one happening ("Trenton, N.J." and "in U.S. court"), where reports from
# two states never do. A region that shares its name with a country (Georgia) is left out.
regionCountry:
  "alabama": united states
  "alaska": united states
  "arizona": united states
  "arkansas": united states
  "california": united states
  "colorado": united states
  "connecticut": united states
  "delaware": united states
  "florida": united states
  "hawaii": united states
  "idaho": united states
  "illinois": united states
  "indiana": united states
  "iowa": united states
  "kansas": united states
  "kentucky": united states
  "louisiana": united states
  "maine": united states
  "maryland": united states
  "massachusetts": united states
  "michigan": united states
  "minnesota": united states
  "mississippi": united states
  "missouri": united states
  "montana": united states
  "nebraska": united states
  "nevada": united states
  "new hampshire": united states
  "new jersey": united states
  "new mexico": united states
  "new york": united states
  "north carolina": united states
  "north dakota": united states
  "ohio": united states
  "oklahoma": united states
  "oregon": united states
  "pennsylvania": united states
  "rhode island": united states
  "south carolina": united states
  "south dakota": united states
  "tennessee": united states
  "texas": united states
  "utah": united states
  "vermont": united states
  "virginia": united states
  "washington": united states
  "west virginia": united states
  "wisconsin": united states
  "wyoming": united states

# Short forms of regions written after a town in an address ("Scranton, Pa.",
# "Cambridge, Mass."), each with the region it names. Read only there and only with their
# dot: many are words or names elsewhere ("Miss Ruiz", "Mass", "Del Monte"). Forms with
# inner dots ("N.J.") are the gazetteer's aliases, read everywhere. Georgia's "Ga." is left
# out: the gazetteer's Georgia is the country.
regionAbbreviation:
  ala: alabama
  ariz: arizona
  ark: arkansas
  calif: california
  colo: colorado
  conn: connecticut
  del: delaware
  fla: florida
  ill: illinois
  ind: indiana
  kan: kansas
  ky: kentucky
  la: louisiana
  md: maryland
  mass: massachusetts
  mich: michigan
  minn: minnesota
  miss: mississippi
  mo: missouri
  mont: montana
  neb: nebraska
  nev: nevada
  okla: oklahoma
  ore: oregon
  pa: pennsylvania
  tenn: tennessee
  tex: texas
  vt: vermont
  va: virginia
  wis: wisconsin
  wyo: wyoming

# Postal codes of regions, written in capitals after a town and its comma ("Austin, TX",
# "Dayton, OH -"), each with the region it names. Read only there: elsewhere they are
# words or acronyms ("IN", "OR", "ME"). Georgia's "GA" is left out, as its "Ga." is, and
# so is Washington's "WA": the gazetteer's Washington is the capital.
postalRegion:
  al: alabama
  ak: alaska
  az: arizona
  ar: arkansas
  ca: california
  co: colorado
  ct: connecticut
  de: delaware
  fl: florida
  hi: hawaii
  id: idaho
  il: illinois
  in: indiana
  ia: iowa
  ks: kansas
  ky: kentucky
  la: louisiana
  me: maine
  md: maryland
  ma: massachusetts
  mi: michigan
  mn: minnesota
  ms: mississippi
  mo: missouri
  mt: montana
  ne: nebraska
  nv: nevada
  nh: new hampshire
  nj: new jersey
  nm: new mexico
  ny: new york
  nc: north carolina
  nd: north dakota
  oh: ohio
  ok: oklahoma
  or: oregon
  pa: pennsylvania
  ri: rhode island
  sc: south carolina
  sd: south dakota
  tn: tennessee
  tx: texas
  ut: utah
  vt: vermont
  va: virginia
  wv: west virginia
  wi: wisconsin
  wy: wyoming

# Country acronyms that own an institution before it ("US State Department" is the
# United States' department), each with the country it names.
countryAcronym:
  us: united states
  u.s: united states
  "u.s.": united states
  usa: united states
  uk: united kingdom
  "u.k.": united kingdom

# Institutions named by common words, after a possessive place ("Ukraine’s air force")
# or spelled out before their acronym ("the defense ministry (MoD)"): an organization.
# Tried in this order; the first that fits is taken.
institutionPhrase:
  ["air force", "general staff", "defense ministry", "defence ministry", "foreign ministry",
   "interior ministry", "finance ministry", "health ministry", "justice ministry",
   "energy ministry", "emergencies ministry", "armed forces", navy, parliament,
   "security service", "intelligence service", "central bank", "supreme court",
   "constitutional court", "national guard", "border guard", "border service",
   "coast guard", "general prosecutor", "prosecutor general’s office", "security council",
   "state department", "defense department", "defence department", "foreign office",
   "war ministry", "military intelligence", "space agency", "investigative committee",
   cabinet, senate, congress]

# Country and state acronyms ("US", "U.K.", "N.Y."): places, not organizations. Read only in
# capitals: "us" is a word.
placeAcronym:
  [us, u.s., usa, u.s.a., uk, u.k., uae, dc, d.c., ussr, dprk, prc, rok, n.y., n.j., n.c.,
   s.c., n.h., n.m., n.d., s.d., r.i.]

# Acronyms of common nouns (figures, roles, products, page words, units): "GDP", "CEO",
# "EVs", "GB" are no actors. Read only of words shaped as acronyms.
commonAcronym:
  [gb, mb, kb, tb, ghz, mhz, mw, gw, kw, kwh, mwh, gwh, mph, kph, eps, gdp, cpi, ipo, etf, etfs, ev, evs, ai, esg, ceo, cfo, coo, cto, c.e.o., c.f.o., c.o.o.,
   vp, svp, mvp, dna,
   hiv, aids, covid, pdf, faq, tv, suv, suvs, atv, id, iq, pr, hr, vip, ufo, diy, fyi, asap,
   ok, desc, asc, ad, bc, ps, rip, lol, qa, "q&a", yoy, qoq, roi, kpi, p.s., a.d., b.c.,
   gps, atm, pin, sms, url, usb, led, lcd, ivf, icu, er, ptsd, adhd, mri, rpg, ied, ieds,
   mp, mps, mep, meps, phd, mba, llm, gpu, cpu, api, apis, saas, gp, dip]

# Nouns that label a number and name a thing by it ("Flight 302", "Section 373", "Room
# 12", a union's "Local 900"): the name with its number is no product, and the noun is no
# maker of a model.
numberedThing:
  [section, article, resolution, flight, route, highway, interstate, room, chapter, title,
   rule, paragraph, clause, bill, proposition, amendment, gate, terminal, platform, level,
   stage, phase, part, volume, issue, number, "no", page, class, grade, unit, apartment,
   suite, building, block, lot, ward, precinct, channel, episode, season, round, game, week,
   day, year, model, version, series, type, category, code, box, exit, mile, pier, hangar,
   lane, line, bus, train, order, decree, law, act, regulation, directive, case, docket,
   form, schedule, item, table, figure, district, zone, sector, area, region, hill, height,
   point, camp, base, local]

# Numbered things run by whoever is named before them: "Velair Flight 212" is a flight of
# the airline Velair, an organization.
operatedService: [flight]

# A carrier's last word: a number right after its name is one of its flights ("Velair
# Airlines 212"), no model of a product.
carrierWord: [airlines, airline, airways]

# Words of a text about flying: there, three capitals where a journey leaves or reaches
# ("departed SYD", "landed at AKL") are an airport's code and an aircraft's registration
# ("CC-BGG") is a code, no actor, unless the text uses the code as a name ("the FAA said").
aviationWord:
  [flight, flights, aircraft, airport, airports, airliner, airliners, jetliner, jetliners,
   plane, planes, runway, runways, airfield, airfields]
# Airports' words: a code in brackets after one is the airport's ("Santiago Airport (SCL)").
airportWord: [airport, airfield, aerodrome]
# Words of leaving or reaching a place, right before an airport's code ("departed SYD").
routeWord:
  [from, to, at, via, into, depart, departs, departed, departing, leave, leaves, left,
   leaving, reach, reaches, reached, reaching, bound]

# Words before a capitalised phrase that make it a common noun phrase, not a name ("such
# a Great Taking", "those Golden Years").
determiner: [the, a, an, such, this, that, these, those]

# Words that open an object: after one a word like "shares" is a verb ("Hale shares a
# post"), so the capitalised word before it names no company ("Corvane shares fell").
objectOpener:
  [a, an, the, his, her, their, its, this, that, my, our, your, in, with, some, these, those,
   what, how]

# Endings, not words: a capitalised word alone with more than five letters and one of
# these endings is an adjective opening a sentence ("Federal", "Famous"), not a name.
adjectiveEnding: [al, ous, ive, ful, ible, able]

# Endings, not words: a capitalised word alone with more than four letters and one of
# these endings is a verb or an adverb opening a sentence ("Running", "Lately").
verbOrAdverbEnding: [ing, ly, ed]

# Endings, not words: a capitalised word alone with more than five letters and one of
# these endings is the plural of a noun for people by what they do ("Shoppers",
# "Economists", "Residents"). Opening a sentence, it names nobody unless the text also
# writes it capitalised inside a sentence or a person named before ends with it.
agentPluralEnding: [ers, ors, ists, ants, ents, ians, ees]

# Endings that make a place's name the plural of its people ("New Yorkers", "Londoners",
# "Chicagoans", "Californians"): where what stands before is a place the gazetteer knows,
# the word names nobody.
placePeopleEnding: [ers, ans, ns]

# Endings, not words: a capitalised word of more than six letters with one of these endings
# names an occupation, so it is a title before a name, never a surname ("Chief
# Meteorologist, Dana Roe, said", "Epidemiologist Ana Ruiz").
occupationEnding: [ologist, ician, ographer, ntist, onomist]

# Endings of a plural that drops "-es", not just "-s", for its singular ("Zpod Touches"
# is "Zpod Touch"): a product named in the plural is the product named in the singular.
sibilantPluralEnding: [ches, shes, xes, sses, zes]

# Prepositions after which a capitalised name is usually a place.
placeNamePreposition: [in, near, outside, across, inside, throughout, towards, toward]

# Who is elected for a place: "from" after one names the place ("a congresswoman from
# Lusk", "a Democrat from Orsk"), where "an analyst from Velcor" names an employer.
constituencyRole:
  [congressman, congresswoman, congressmen, senator, senators, lawmaker, lawmakers,
   legislator, legislators, representative, assemblyman, assemblywoman, councilman,
   councilwoman, mp, mps, mep, meps, democrat, democrats, republican, republicans]

# Words whose "in" tells what they are about, not where: "confidence in X", "a stake in X",
# "invested in X" name no place.
aboutInWord:
  [confidence, trust, faith, belief, stake, stakes, interest, interests, investment,
   investments, invest, invests, invested, investing, involvement, role, shares, holding,
   holdings, change, changes]

# Verbs whose "in" is a particle, not a preposition: "brought in X" hires a person.
particleInVerb:
  [brought, bring, brings, bringing, called, call, calls, calling, sworn, swore, swear,
   swears, voted, vote, ushered, usher, weighed, weigh, weighs, filled, fill, fills,
   phoned, drafted, draft, roped, rope, hired, pulled, pull, sent, send, sends, let, lets,
   took, take, takes, taking, tuned, chimed, factored]

# Verbs whose object is usually a place ("visited Lviv", "captured the town").
# What a party is taken to ("took Velcor to court", "taken to task"): after it the name
# a `placeVerb` ("took") governs is a party, no place.
takenToNoun: [court, task, trial, arbitration]

placeVerb:
  [visited, visit, visiting, toured, captured, capture, took, seized, liberated, shelled,
   struck, bombed, entered, reached, evacuated, encircled, surrounded, stormed, left,
   occupied, annexed, invaded]

# Words that name a storm with the name after them ("Hurricane Orla", "Storm Bella"): the
# storm is a happening of the weather, not a person, and no actor; `stormGrade` words may
# stand before them ("Tropical Storm Bella", "Super Typhoon Haikui").
stormWord: [hurricane, typhoon, cyclone, storm]
stormGrade: [tropical, super, winter, severe, subtropical, extratropical, post-tropical]

# Head words of named happenings, not actors ("Vietnam War", "Maidan revolution").
happeningHead:
  [war, wars, revolution, crisis, uprising, invasion, offensive, counteroffensive,
   massacre, election, elections, reality, agreement, accords, accord, plan, deal, act,
   bill, strategy, doctrine, day, finals, championship, championships, cup, olympics,
   tournament, playoffs]

# Last words of the names of occasions: shows, fairs, summits, festivals ("the Tarvik
# Airshow", "the Velm Book Fair", "the Orsa Summit"). An occasion is held somewhere and
# takes part in nothing, so the name is no actor, unless it speaks ("Vanity Fair reported",
# a magazine).
occasionHead:
  [airshow, expo, fair, show, summit, festival, exhibition, marathon, carnival, biennale]

# Last words of sports clubs' names ("Wolverhampton Wanderers", "Leeds United").
# "City" is not one: "Mexico City" and "Stoke City" end alike.
clubWord: [united, wanderers, rovers, athletic, albion, hotspur, fc, afc, cf]

# Lower-case nouns that, right after a name, say it is an organization.
organizationNoun:
  [group, company, firm, agency, service, services, party, militia, network, airline,
   automaker, carmaker, retailer, chain, brand, startup, organization, organisation,
   faction, newspaper, broadcaster, conglomerate, lender, insurer, bank, manufacturer,
   corporation, subsidiary, carrier, planemaker, chipmaker, drugmaker, wholesaler,
   consultancy, regulator, watchdog, publication, brokerage, refiner, website, outlet,
   tabloid, magazine, utility]

# Nouns that, after a word of what a company does ("tech giant", "coffee giant"), describe
# a company: the name right after them is an organization's, not a person's.
companyDescriptor: [giant, giants, behemoth, powerhouse]

# Nouns for a place in a market, a person's title elsewhere ("opposition leader"): after a
# `marketWord` ("online leader", "phone maker", "chip rival") they describe a company, and
# the name right after them is an organization's.
marketRole: [leader, leaders, rival, rivals, maker, makers, peer, peers, competitor, competitors, major, majors]

# Nouns for who makes a thing, after its name ("Zentra maker Velcor", "Zentra-maker
# Velcor"): the name before is a product's, the name after a company's.
makerNoun: [maker, makers, manufacturer, manufacturers]

# Words that make a person's role with a `makerNoun`: "policy maker Ana Ruiz", "the film
# maker Ana Ruiz" name a person, where "drug maker X" names a company.
personMakerWord:
  [policy, decision, law, rule, film, movie, documentary, peace, deal, king, match, trouble,
   mischief, money, rain, play, home, dress, news, taste, opinion]

# Words of a market or a trade before a `marketRole`.
marketWord:
  [online, market, industry, retail, phone, smartphone, handset, mobile, chip, software,
   search, internet, "e-commerce", discount, "off-price", "low-cost", budget, grocery,
   apparel, tech, technology, computer, auto, car, oil, energy, airline, telecom, media,
   pharmaceutical, drug, banking, beverage, "soft-drink", "fast-food", coffee, toy, game,
   sportswear, luxury, fashion, electronics, semiconductor, cloud, streaming, aircraft,
   jet, plane, cruise, hotel, insurance, furniture, shoe, footwear, cosmetics, beer]

# Lower-case words before such a noun that keep it an organization ("security firm",
# "state-owned company").
organizationModifier:
  [security, intelligence, media, tech, technology, oil, energy, mining, investment,
   holding, defense, defence, arms, shipping, telecom, consulting, law, pharmaceutical,
   drug, car, news, mercenary, militant, rebel, political, opposition, ruling,
   "state-owned", private, parent]

# Everyday adjectives that open coined phrases ("Big Tech", "Great Resignation").
phraseAdjective:
  [big, great, old, high, low, grand, top, small, super, mega, free, open, "true", real,
   hard, soft, global, digital, green, dark, deep]

# Last words of places that are surnames too ("Capitol Hill", "Tom Hill"): after "on" or
# "at" a name ending in one is a place, unless a given name opens it.
landformWord: [hill, hills, ridge, heath, moor]

# Everyday nouns and verbs that end the names of businesses, products and phrases and are
# no surname ("Velo Buy", "Orvo Save", "Strong Results"): a name ending in one is no
# person's unless a given name or a title says so. Words that are surnames too ("Price",
# "Cook", "Hill", "Ball", "Cash") are left out.
everydayNameTail:
  [buy, sell, save, shop, works, results, market, markets, mobile, directory, jet, express,
   depot, mart, outlet, outlets, online, direct, marketing, delivery, cloud,
   connect, hub, pay, deals, sale, sales, search, maps, mail, music, video, apps, app,
   software, update, future, earnings, medal, award, prize, trophy]

# First words that open a place name ("San Francisco", "Fort Worth", "Port Sudan").
placeOpener:
  [san, santa, santo, "são", sao, los, las, port, fort, cape, puerto, porto, saint, st,
   sainte, ste]

# Articles of French, Spanish and Italian that open a name of two words ("La Plata", "Le
# Havre", "El Paso"): a place's, not a person's, unless a given name stands before them
# ("Marine Le Pen") or the text names a person whose name ends so; that name alone ("Le
# Pen") is the person's surname.
romanceArticle: [la, le, el, il, lo, les]

# Adjectives that open the names of parties, movements and institutions ("National Rally",
# "Federal Reserve", "Democratic Alliance") and no person's: a name opening with one, with
# nothing else to go by, is an organization's.
bodyAdjective:
  [national, federal, democratic, republican, socialist, communist, liberal, conservative,
   progressive, patriotic, popular, royal, central, international, imperial, islamic,
   revolutionary, nationalist]

# A member of a party, after the place a person comes from ("a Texas Republican", "the
# Ohio Democrat"): a description of the person, no organization.
partyMember: [republican, democrat, tory]

# Lower-case nouns for a body named after a person: "the Orsk administration", "the Orsk
# family" are an organization, noun and all, not the person.
bodyAfterName: [administration, family, clan, dynasty]

# A party's adjective: alone before a lower-case word it describes someone ("the Democratic
# governor", "Republican lawmakers"), no organization.
partyAdjective: [democratic, republican, conservative, liberal, socialist, communist]

# Legislatures are named by their head word alone ("Congress", "the Senate").
legislature: [congress, senate, parliament, assembly, duma, rada, house]

# What only a company has: after a possessive name ("Acme's board", "Acme's shares") the
# name is a company.
companyAsset: [board, shares, shareholders, stock, profit, profits, revenue]

# The legal forms that end a company's name ("Acme Motor Corp", "Vandel Holdings Ltd"): a
# name they end is a company's, even where the form is dropped from the name itself, and
# they never join the title after them ("Acme Corp President Ana Ruiz").
companySuffix:
  [inc, corp, co, ltd, llc, plc, ag, sa, se, nv, gmbh, bv, spa, lp, llp, pty, kk, oyj, asa, limited,
   incorporated]

# Legal forms spelled out, which a company's name may end with instead of a short form:
# "Acme Corporation" and "Acme Corp" are one company.
spelledLegalForm: [corporation, company, incorporated, limited]

# Words that end a company's full name and say only what kind of company it is: the name
# without them is the company's short name ("Vandel Airlines" is "Vandel").
companyNameTail:
  [airlines, airline, airways, lines, motor, motors, group, holding, holdings, corporation, company,
   companies, industries, international, technologies, enterprises, aviation, sciences,
   products, pharmaceuticals, therapeutics, brands, foods, electronics, computer, computers,
   systems, railroad, railway, railways]

# Words of a trade that end a shop's or a restaurant chain's name after its owner's
# possessive ("Vandel's Pizza", "Orvo's Sporting Goods"): the whole is one company's name,
# where "Vandel's Marta Lind" is a person of Vandel's.
tradeNameTail:
  [pizza, pizzeria, burger, burgers, hamburgers, chicken, donuts, doughnuts, coffee, bagels,
   kitchen, grill, bakery, cafe, diner, tavern, steakhouse, restaurants, goods, furniture,
   hardware, jewelers, jewellers, supermarkets, stores, foods, pharmacy]

# Words that say what kind of company it is only before a `companyNameTail` ("Vandel Air
# Lines", "Vandel Air Group" are "Vandel"), where last they may end a product's name too
# ("Velo Book Air").
companyNameInnerTail: [air]

# Verbs of a price moving, and the words after a share that say which way ("Acme fell
# 3.7%", "Acme was 2% lower"): a name that moves so is a company, not a person.
marketMoveVerb:
  [rose, fell, gained, lost, slipped, dropped, climbed, jumped, slid, added, shed, tumbled,
   plunged, surged, soared, sank, declined, advanced, rallied, retreated, edged, dipped, eased,
   rises, falls, gains, loses, slips, drops, climbs, jumps, slides, adds, sheds, tumbles,
   plunges, surges, soars, sinks, declines, advances, rallies, dips, eases, plummeted,
   plummets, skidded, sagged, rising, falling, gaining, losing, slipping, dropping, climbing,
   jumping, sliding, adding, shedding, tumbling, plunging, surging, soaring, sinking,
   declining, advancing, rallying, retreating, edging, dipping, easing, plummeting]
# "X, known as Y", "X, also known as Y": the word before "as" that gives a name another
# name, and the adverbs that may come before it.
aliasCue: [known]
aliasAdverb: [also, formerly, better, commonly, widely, locally]

# Words that may stand between a name and its move ("X and Y each added 2%", "X shares
# fell 3%") and between the move and its figure ("fell more than 1%", "rose nearly 5%",
# "slipped by 2%").
marketMoveFiller: [each, both, all, also, shares, stock]
shareHedge: [by, more, less, than, over, under, nearly, almost, about, around, roughly, some, just, as, much]
marketMoveAdverb: [lower, higher, up, down]
# The verbs of "Acme was 2% lower", and the words that write a number as a share ("3
# percent", "3 per cent", "3 pct"; "per" before one is read with it).
marketMoveCopula: [is, was, were, are]
percentWord: [percent, pct, cent]

# What else rises and falls by a share in market news ("Revenue rose 5%", "Oil fell 2%"):
# opening a sentence, one of these is no company's name. Plurals ("Sales", "Banks") are
# read as common nouns by their ending.
marketQuantity:
  [revenue, profit, income, turnover, output, production, spending, inflation,
   unemployment, employment, growth, volume, demand, supply, trade, trading, traffic,
   oil, crude, gas, gold, silver, copper, platinum, palladium, aluminium, aluminum, nickel,
   zinc, iron, steel, wheat, corn, soybean, coffee, cocoa, sugar, cotton, bitcoin, ether,
   energy, tech, technology, healthcare, housing, retail, manufacturing, mining, margin,
   ebitda, guidance]

# Stock exchanges, as a listing in brackets names them ("Acme Corp (NYSE: ACM)"): the name
# before the bracket is a company's, the code after the colon is another name of it.
stockExchange:
  [nyse, nasdaq, amex, arca, otc, otcqb, otcqx, otcmkts, tsx, tsxv, cse, lse, aim, asx, nzx,
   hkex, sehk, sgx, tse, tyo, jpx, krx, kosdaq, twse, sse, szse, bse, nse, jse, euronext,
   xetra, fwb, bmv, bovespa, moex, tase, six, omx]

# Title nouns that close a title naming a function: the one capitalised word between
# another title and one of these belongs to the title ("Chief Operating Officer", "Chief
# Diversity Officer"), and names nobody.
functionTitle: [officer, officers]

# Titles of people who speak for a company: what stands before them is the company
# ("Tesla CEO Elon Musk", "Acme spokeswoman Jane Doe").
corporateTitle:
  [ceo, cfo, coo, cto, c.e.o., c.f.o., c.o.o., founder, "co-founder", cofounder, chairman,
   chairwoman, spokesman, spokeswoman, spokesperson, executive]

# Abbreviated titles and ranks, always followed by a name: their dot never ends a
# sentence, and a name goes on past it ("Lt. Gen. Ana Ruiz", "Mr. Smith"). Each is a
# personTitle too, so that the title is no part of the name.
titleAbbreviation:
  [mr, mrs, ms, messrs, mme, dr, prof, gen, lt, col, maj, capt, cpt, sgt, cpl, pvt, cmdr, cdr,
   adm, brig, gov, sen, rep, reps, rev, hon, pres, supt, insp, amb, atty, fr, gens, sens,
   lieut, cmdt, comdr, rt]

# Abbreviations inside a name or before a number ("St. Louis", "Mt. Kenya", "King Jr.",
# "No. 5"): a name goes on past their dot, and a capitalised word after it seldom
# starts a sentence, though it may
# ("... said Martin Luther King Jr. The march ...").
nameAbbreviation: [st, mt, jr, sr, "no"]

# Abbreviations written with a capital that usually sit mid-sentence but may end one:
# company and address forms ("Acme Co. said", "on Elm Ave. The parade").
capitalizedAbbreviation:
  [inc, corp, co, ltd, llc, plc, bros, dept, univ, assn, govt, ave, blvd, rd, hwy, sq, vol,
   fig, ed, eds, est, "no", nos, op, art, sec, ch, para, ref, tel, nr, ft]

# Lower-case abbreviations whose dot seldom ends a sentence ("etc.", "approx. 40 km").
lowercaseAbbreviation:
  [etc, al, cf, approx, vs, v, ca, pp, p, "no", nos, vol, fig, mln, bln, bn, min, max, sq, ft,
   km, mi, lb, lbs, oz, hr, hrs, sec, yr, yrs, est, incl, excl, dept, govt, intl, natl, ed,
   eds, esp, viz, resp, ibid]

# Abbreviations only before a number ("No. 5", "Vol. 2"); elsewhere ordinary words whose
# dot may end a sentence ("The answer was no. Then ...").
numberAbbreviation: ["no", nos, p, pp, op, art, sec, ch, para, vol, fig, nr, ref, tel]

# Abbreviations whose dot never ends a sentence, whatever follows ("vs. Smith", "e.g. Oslo").
neverFinalAbbreviation: [vs, v, e.g, i.e, cf, viz]

# Capitalised words that open sentences far more often than they continue a name: after
# "U.S." or an initial they tell that the dot ended the sentence ("in the U.S. The vote").
sentenceOpener:
  [the, a, an, he, she, it, they, we, i, you, his, her, its, their, our, my, your, this, that,
   these, those, there, here, but, and, or, so, yet, nor, for, in, "on", at, by, from, with,
   without, to, of, as, if, when, while, after, before, since, although, though, because,
   however, meanwhile, moreover, still, then, now, thus, what, why, how, who, where, which,
   some, many, most, all, both, each, every, several, such, other, another, more, not, none,
   one, two, three, last, next, earlier, later, today, yesterday, tomorrow, under, over,
   during, despite, according, also, instead, indeed, officials, asked, "it's", "that's",
   "there's", "he's", "she's", "we're", "they're", "i'm", is, are, was, were, will, would,
   did, does, do, can, could, should, may, might, must, has, have, had, let, "no"]

# Words a date stamp above a headline is made of besides months, weekdays, time zones,
# numbers and punctuation ("Updated 3 hours ago", "Posted on Mon 4 May at 10:02 am").
stampWord:
  [am, pm, a.m, p.m, updated, published, posted, last, "on", at, ago, hours, hour, minutes,
   days, day, min]

# Nouns that take a number as their label ("Article 2100", "Room 2010", "model 2000", "Form
# 1099"): a four-digit number right after one names a thing, not a year. Nouns that also
# take a year after them ("class", "season", "vintage", "census") do not belong here.
numberLabel:
  [article, articles, section, sections, chapter, paragraph, clause, rule, resolution,
   amendment, item, exhibit, page, pages, room, rooms, suite, apartment, apt, floor, unit,
   building, block, lot, plot, gate, platform, pier, berth, hangar, terminal, bay, ward, cell,
   seat, flight, flights, route, highway, interstate, model, models, version, build, number,
   code, form, channel, box, locker, volume, vol, exit, batch, serial, catalog, catalogue,
   track, row, pump, tag, ticket, patent, precinct]

# Nouns that take a capital letter as their label ("Class A shares", "Series B round",
# "Plan B"): with its letter such a noun names a kind of thing, no actor.
letterLabel: [class, series, category, type, group, plan, part, phase, schedule, tier, grade]

# Nouns that name a part of a page ("Latest news", "Top stories", "Live updates"): a line of
# two words ending in one is a section label above the headline, not the headline.
pageSection:
  [news, stories, story, updates, update, headlines, articles, posts, videos, video, photos,
   opinion, opinions, analysis, comments, podcasts, features, topics, sections, links, ad, ads]

# Verbs a page uses to ask its reader to act on the site ("Create an account today!", "Sign
# up now"): a short sentence opening with one and speaking to the reader (a word of
# readerAddress or an exclamation mark) is page furniture, not news.
readerAction:
  [create, sign, subscribe, register, log, join, download, install, click, tap, follow,
   share, donate, upgrade, unlock, claim, renew, activate, verify, enable, allow, accept,
   manage, continue, visit, shop, try, start, watch, listen, read, support, become, receive,
   get, save, discover, explore, enter, bookmark, like, comment]

# Words by which such a sentence speaks to the reader.
readerAddress: [now, today, here, free, your, you, yours]

# Phrases that mark a sentence of up to 40 words as page furniture, not article text
# (navigation, promotions, legal lines). Matched anywhere in the sentence, in any case.
furniturePhrase:
  ["keep reading", "read more", "read next", "related posts", "related articles",
   "related stories", "more on this topic", "more from our", "follow us on", "follow us:",
   "privacy policy", "all rights reserved", "click here", "clicking here", "all times are",
   "go to page", "tuning in to", "free trial", "subscribe to", "sign up for", newsletter,
   "recommended for you", "you may also like", "terms of use", "terms of service",
   "skip to content", "back to top", "listen to this article", "download the app",
   "share this article", "share on"]

# Phrases that mark a short line (up to 12 words) as furniture wherever they stand in it.
furnitureLinePhrase: [copyright, cookie, "min read", advertisement]

# Phrases that mark a short line as furniture when it opens with them ("Share this",
# "Related:"); elsewhere they are ordinary ("Russia's share of the market").
furnitureLeadPhrase:
  [share, related, subscribe, follow, trending, "most read", "most popular", "photo:",
   "image:", "credit:", "editor's pick", "editor’s pick", sponsored, "log in", "sign in",
   donate, "watch:", "listen:", "read also", "see also", "more from"]

# Phrases that open a sentence that is a link ("www.example.com/news"): furniture, at
# any length.
linkPrefix: ["http://", "https://", "www."]

# Phrases that make a sentence a copyright line, furniture at any length.
copyrightMark: ["©", "(c) 20", "(c) 19"]

# Labels that say a date near the top of a page dates the piece ("Published: 3 December
# 2025", "Posted on ...", "Date: ..."), written capitalised or followed by a colon; found
# inside a word too when capitalised ("PostPosted").
bylineLabel: [published, posted, created, "date:", dated]

# Labels that say such a date is the piece's update ("Updated: June 13, 2005"): its date
# unless a dated byline below is much older.
updateLabel: [updated]

# Phrases that say a date near the top is someone's or the page's, not the article's: a
# forum profile ("Join date: Mar 13, 2001", "Member since ..."), a birth date, the clock
# of the page that served it ("It is currently Mon Mar 18, 2024").
notPublicationCue:
  [join, "member since", registered, born, birth, "it is currently", "last visit", "today is"]

# Words that point at a time from now ("this", "next", "today"): capitalised in mid-sentence
# they open the name of something ("ABC News' This Week"), not a date.
deicticWord:
  [this, next, last, today, tomorrow, yesterday, tonight, now, recent, recently, current,
   earlier, later]

# Words around a clock time that name no day, besides time zones ("at about 7 a.m. local
# time"): a clock with only these needs a day from elsewhere.
clockWord:
  [a, m, p, am, pm, local, time, at, approximately, about, around, o, clock, noon, midnight,
   some, roughly, nearly]

# What a clock time may end with before its zone ("11 am EST", "noon GMT"): after one
# (or a number) a short zone such as "ET" is a zone.
clockEnd: [am, pm, noon, midnight]

# Words that say nothing of what happened: left out when two reports' wording is compared
# to tell whether they tell one happening (words under three letters always are).
wordingFiller:
  [the, and, for, that, this, with, from, have, has, had, was, were, are, his, her, its,
   their, they, them, who, which, will, would, said, says, also, but, not, been, than, into,
   over, after, before, about, there, what, when, where, while, she, him, our, out, any, all,
   can, could, may, might, one, two, some, more]

# Words that open a new clause after a comma ("..., and", "..., while"): a cut between two
# dates of one sentence falls there first.
clauseConjunction:
  [and, but, while, whereas, which, who, when, after, before, as, although, though, since,
   until, because, so]

# Conjunctions of contrast that open a new clause even without a comma ("... for talks but
# they flew home").
contrastConjunction: [but, while, whereas, although, though, yet]

# Pronouns that open a relative clause after a comma (", who was in Oslo last week"): the
# clause tells of what stands before it, and its actors are not those of the rest of the
# sentence. `personRelative` are those whose antecedent is a name.
relativePronoun: [who, whom, whose, which]
personRelative: [who, whom, whose]

# Words that open a clause with a subject of its own ("..., but the talks", "..., while
# they"). A clause of contrast that opens otherwise ("..., but will be free") goes on with
# the subject before it, and its actors are that clause's too.
subjectOpener:
  [the, a, an, this, that, these, those, he, she, it, they, we, i, you, his, her, its, their,
   our, my, your, there, some, many, most, both, each, all, "no", none, several, few, other,
   others, another, such]

# Words that join two dates into one span or choice ("Monday or Tuesday", "March to May"):
# dates with only these between them are one happening.
dateJoiner: [and, or, to, through]

# Words before a date that make it a bound of another time ("since June 9", "until
# Friday"), not the time of the clause's happening.
timeBound: [since, until, till, by, before, from, through]

# Words that set a time against a changed figure ("up 8% from a year ago", "fell 12%
# compared with a year earlier", "higher than in 2008", "gained 40% since March"): after a
# figure or a word of direction, the time is the one the change is measured from, and
# dates nothing ("more than a year ago", "moved from Monday" still do).
comparisonWord: [versus, vs, compared, comparison, from, since, than]

# Words that make a record of what they describe ("its highest level since 2014", "the
# first time since 2004"): the time after "since" is what the record is measured from.
superlativeWord:
  [highest, lowest, biggest, largest, smallest, greatest, worst, best, strongest, weakest,
   deadliest, fastest, slowest, longest, shortest, hottest, coldest, wettest, driest,
   steepest, sharpest, heaviest, cheapest, most, least, first]

# Small words that may stand inside a name an acronym spells ("Bank of England" is "BE",
# "Union for the Marsh Valleys" is "UMV"): they give no letter.
acronymJoiner: [of, the, and, for]

# Words that join the items of a list ("Lima, Quito and Bogota"): a place before one is
# an item of its own, not the country or state of the place before it, and a comma before
# a short item they close ("Chile, Peru, and the UK") cuts no clause.
listJoiner: [and, or, nor]

# Street words: after a house number and a name ("1999 Main Street", "2100 Elm Ave."), the
# number is no year.
streetWord:
  [street, st, avenue, ave, boulevard, blvd, road, rd, lane, ln, drive, dr, parkway, pkwy,
   terrace, crescent, alley]

# Words that are capitalised only because they open a sentence or a headline: function
# words, adverbs, numbers, page words ("Update", "Photo"). Never the start of a name.
stopWord:
  [a, an, the, and, or, but, nor, so, yet, for, if, then, than, as, at, by, in, into, of,
   "off", "on", onto, out, over, to, up, with, without, within, from, after, before, during,
   since, until, while, when, where, why, how, what, which, who, whom, whose, that, this,
   these, those, there, here, it, its, he, she, we, they, i, you, his, her, our, their, my,
   your, him, them, us, me, one, all, any, some, many, much, more, most, few, several, both,
   each, every, "no", not, none, nothing, other, another, such, only, also, even, still,
   just, already, again, never, always, often, now, today, yesterday, tomorrow, tonight,
   however, meanwhile, moreover, furthermore, instead, overall, although, though, because,
   unless, whether, despite, amid, amidst, among, against, about, above, below, between,
   beyond, under, through, across, along, around, near, per, via, like, unlike, perhaps,
   maybe, indeed, thus, hence, therefore, "yes", "ok", well, first, second, third, last,
   next, former, latest, recent, recently, earlier, later, previously, initially, finally,
   traditionally, ultimately, additionally, similarly, likewise, nearly, almost, asked,
   approximately, roughly, exactly, precisely, once,
   speaking, according, following, read, keep, reading, related, posts, follow, share,
   subscribe, click, source, photo, image, video, watch, listen, is, are, was, were, be,
   been, has, have, had, do, does, did, will, would, can, could, should, may, might, must,
   shall, let, let's, it's, that's, there's, we're, they're, i'm, don't, won't, can't,
   let’s, it’s, that’s, there’s, i’m, conclusion, introduction, update, updated, breaking,
   exclusive, analysis, opinion, editorial, comment, news, report, live, politics, mr, mrs,
   ms, dr, st, vs, etc, inc, ltd, co, jr, sr, oh, ahead, whereas, additional, key, two,
   three, four, five, six, seven, eight, nine, ten, eleven, twelve, thirteen, fourteen,
   fifteen, sixteen, seventeen, eighteen, nineteen, twenty, thirty, forty, fifty, sixty,
   seventy, eighty, ninety, hundred, dozen, hundreds, thousands, millions, billions,
   dozens, everyone, everything, someone, something, anyone, anything, nobody, nowhere,
   somewhere, everywhere, initiatives, servicemen, serviceman, citizens, events, hopes,
   falling, granddaughter, grandson, ukrainians, russians, europeans, americans, current,
   currently, actual, actually, existing, various, certain, potential, possible, similar,
   previous, typical, usual, entire, whole, remaining, numerous, multiple, specific,
   particular, subsequent, neither, either, whoever, whatever, whichever, whenever,
   wherever, nevertheless, nonetheless, otherwise, besides, regardless, anyway, rather]

# Plural nouns for groups that speak without a name ("Officials said", "Prosecutors
# told"): never a name, and a claimant as written.
groupNoun:
  [sources, officials, analysts, experts, critics, participants, mediators, authorities,
   prosecutors, investigators, witnesses, residents, diplomats, doctors, rescuers,
   firefighters, medics, organizers, organisers, lawmakers, regulators, protesters, voters,
   students, workers, eyewitnesses, passengers, survivors, villagers, travellers, travelers,
   shoppers, relatives, victims, observers, neighbours, neighbors, activists, scientists,
   researchers, people]

# Plurals for the members of a trade: after a capitalised word of the same run they name
# the members' union ("United Auto Workers", "Communication Workers of America"), where
# alone they are a group that speaks without a name ("Workers said").
tradeMembers:
  [workers, employees, teachers, nurses, pilots, machinists, miners, drivers, electricians,
   steelworkers, autoworkers, mariners, firefighters]

# Last words that make a capitalised phrase a place ("Kharkiv region", "Prypyat River",
# "Arlington National Cemetery").
# Heads of an area a country is divided into, after its name ("Kharkiv region", "the
# Donetsk oblast"): the name alone is the same place. `areaHeadPlural` is the head one list
# of such names shares ("... and Lviv regions").
areaHead: [region, oblast, province, district, raion, krai, county]
areaHeadPlural: [regions, oblasts, provinces, districts]

# Common nouns for a place, which make the bare name beside them a place: after it ("Orvo
# island", "Tarsa county") or after them and "of" ("the island of Orvo", "the counties of
# Tarsa and Velo"). Not "state" ("the state of Orvala's finances").
placeNoun:
  [island, islands, city, cities, town, towns, village, villages, province, provinces,
   region, regions, county, counties, district, districts, prefecture, prefectures,
   municipality, peninsula, archipelago, capital]

placeHead:
  [region, oblast, province, district, county, state, territory, river, sea, ocean, lake,
   bay, gulf, strait, mountains, mountain, mount, island, islands, peninsula, valley,
   street, avenue, square, road, boulevard, palace, airport, port, city, town, village,
   krai, kray, republic, governorate, prefecture, canal, desert, coast, plain, basin,
   bridge, station, base, cathedral, stadium, park, raion, rayon, municipality, settlement,
   front, capital, cemetery, forest, building, heights, springs, falls, creek, canyon,
   reservoir, prison, castle, beach, harbor, harbour, highway, dam, parkway, expressway,
   freeway, turnpike, terminal, pier, wharf, tunnel]

# Last words that make a capitalised phrase an organization ("Ministry", "Council",
# "Dewberry Engineers", "Halloran Associates", a party named by its members: "Christian Democrats").
organizationHead:
  [aviation, sciences, products, ministry, department, council, service, services, agency, institute, institution,
   university, college, school, academy, organization, organisation, party, army, navy,
   force, forces, corps, guard, bank, senate, house, parliament, congress, assembly, duma,
   rada, court, conference, committee, commission, union, alliance, league, federation,
   association, society, guild, brothers, foundation, fund, group, company, corporation, corp, inc, ltd, llc, plc,
   network, news, post, times, journal, herald, tribune, telegraph, gazette, press, channel,
   tv, radio, broadcasting, brigade, battalion, regiment, division, battlegroup, staff,
   command, administration, government, cabinet, office, bureau, directorate, centre,
   center, authority, board, treaty, club, church, movement, front, coalition, cartel,
   magazine, media, airlines, airways, police, militia, unit, units, secretariat,
   forum, initiative, program, programme, project, operation, mission, intelligence,
   securities, holdings, capital, partners, financial, bancorp, motors, industries,
   technologies, systems, petroleum, pharmaceuticals, insurance, trust, investments,
   ventures, studios, exchange, reserve, images, enquirer, inquirer, chronicle, examiner, management,
   courier, dispatch, bulletin, observer, air, airline, commonwealth, system, engineers,
   engineering, associates, labs, laboratories, enterprises, solutions, consulting,
   consultants, communications, electronics, entertainment, therapeutics, biosciences,
   logistics, robotics, networks, software, foods, energy, semiconductor, semiconductors,
   aerospace, automotive, realty, properties, outfitters, brewing, pharma, hospital, museum, research,
   stores, wholesale, pharmacy, computer, computers, wireless, international, democrats,
   republicans, tories, panel, telecom, telecoms, analytics, electric, embassy, consulate,
   tribunal]

# Cue words of an event's kind: the kind with the most cues in a passage wins, ties in the
# order statement, military, talks, plan, politics. Fighting:
militaryCue:
  [attack, attacks, attacked, strike, strikes, struck, drone, drones, missile, missiles,
   troops, soldiers, captured, capture, seized, liberated, killed, killing, wounded,
   injured, shelling, shelled, bomb, bombing, bombed, explosion, exploded, blast, offensive,
   counteroffensive, battle, fighting, fought, withdrew, withdrawn, advance, advancing,
   advanced, destroyed, defenses, defences, invasion, invaded, army, military, artillery,
   tanks, frontline, front, casualties, raid, assault, exercise, servicemen, serviceman,
   brigade, nuclear, alert, encircled, surrounded, fire, fired, shot, downed, intercepted,
   war, combat, coup]

# Meetings and negotiations.
talksCue:
  [talks, negotiations, negotiation, negotiating, negotiated, meeting, meetings, met, meet,
   summit, visit, visited, visits, call, conference, delegation, delegations, envoy, envoys,
   welcomes, welcomed, hosted, hosts, round, mediators, discussions, discussed, dialogue,
   ceasefire]

# Intentions and proposals.
planCue:
  [plan, plans, planned, proposal, proposed, proposes, intends, intend, scheduled, expected,
   will, prepare, preparing, aims, outlined, unveiled, program, programme, initiative,
   roadmap]

# Elections, laws and appointments.
politicsCue:
  [election, elections, vote, voted, voting, parliament, law, laws, bill, sanctions,
   referendum, annexed, annexation, appointed, resigned, campaign, court, charges,
   corruption, policy, strategy, membership, senate, congress, legislation, cabinet,
   revolution, regime, legitimate, illegitimate, cloture, filibuster, hearing, fraud, raid,
   expansion]

# Sayings: a weak cue on its own (a report of a strike is about the strike), the kind
# when a passage is mostly about saying.
statementCue:
  [said, says, say, stated, told, tells, announced, claimed, claiming, warned, warning,
   tweeted, declared, remarks, speech, interview, statement, statements, rejected, rejects,
   praised, accused, insisted, confirmed, denied, reported, wrote, posted, comments,
   emphasized, called, urged, pronouncements, speaks, spoke, speaking, stating, quote,
   quoted, warns, reportedly, announces]

# Police work: with these and no army word, "shot", "killed" or "raid" tell of a crime,
# not of fighting.
crimeCue:
  [police, policeman, officers, detective, detectives, suspect, suspects, arrested, arrest,
   murder, murdered, homicide, robbery, burglary, jail, prison, sentenced, trial, jury,
   prosecutor, prosecutors, charged, gunman, shooter, sheriff, custody, warrant, stabbed,
   stabbing]

# Civil mishaps, disasters and labour disputes: with these and no army word, "killed",
# "struck", "fire" or "strike" tell of a crash, a storm or a walkout, not of fighting.
civilCue:
  [crash, crashed, crashes, accident, accidents, grounded, grounding, collision, collided,
   derailed, derailment, runway, takeoff, airliner, jetliner, passengers, airline, airlines,
   pilots, storm, hurricane, tornado, earthquake, flood, flooding, wildfire, firefighters,
   outage, union, unions, workers, walkout, strikers, picket, pickets]

# Words only armies use: with one of them, police words do not make fighting a crime.
# Military cues that business, sport and politics use as well ("fired its chief
# executive", "struck a deal", "an advance dividend", "the battle for market share"):
# they make a passage military only beside a cue that is military alone.
figurativeMilitaryCue:
  [advance, advancing, advanced, fire, fired, shot, strike, strikes, struck, alert,
   exercise, front, battle, fighting, fought, capture, captured, seized, assault, raid,
   offensive, nuclear, killed, killing, wounded, injured]

armyCue:
  [troops, soldiers, army, military, drone, drones, missile, missiles, artillery, brigade,
   frontline, tanks, shelling, shelled, invasion, invaded, offensive, counteroffensive,
   servicemen, serviceman, combat, war, airstrike, airstrikes, militants, rebels,
   insurgents]

# Politics cues that, where police work is told, are the courtroom side of a crime
# ("arrested on murder charges"): no politics then.
legalCue:
  [court, charges, hearing, fraud, raid, law, laws]

# Past forms that do not end in "-ed" ("said", "met", "sold"): with a named actor beside
# them, a sentence without a date of its own still reports a happening; a weekday or a day
# without a year in their clause lies before the writing ("met Tuesday").
pastVerb:
  [said, told, made, gave, took, met, won, lost, sold, bought, began, went, came, left,
   held, ran, saw, brought, became, fell, rose, got, paid, led, put, set, cut, hit, shut,
   quit, spent, sent, built, struck, wrote, spoke, chose, drove, flew, grew, knew, thought,
   found, kept, felt, stood, sat, broke, stole, threw, drew, fought, caught, sought,
   taught, wore, withdrew, undertook, overtook, forbade, shook, swore, upheld, withheld,
   underwent, laid, lent, meant, dealt, fled, bore, beat, bid, shot, slid, split, spread,
   sank, sprang, rang, sang, swam, forgot, forgave, froze, hid, bit, outsold, rebuilt,
   resold, retook, arose, awoke]

# Past forms spelled like the present or like a common noun ("cut", "hit", "a bid"): the
# tense of a clause rests on none of them ("plans a rate cut Friday"), though they are
# past forms above.
ambiguousPast: [put, set, cut, hit, shut, quit, bid, beat, split, spread, bit, bore, lent]

# Participles that differ from the past form, read after "has"/"have" ("has given"): the
# present perfect of a report of something just done.
pastParticiple:
  [been, done, given, taken, gone, seen, become, begun, grown, known, shown, written,
   spoken, chosen, driven, flown, broken, stolen, thrown, drawn, fallen, risen, worn,
   withdrawn, undertaken, overtaken, sworn, frozen, hidden, forgotten, forgiven, beaten,
   bitten, eaten, sunk, sprung, rung, sung, swum, struck, won, cut, hit, put, set, shut,
   quit, let]

# Words ending in "-ed" that are no past verb ("hundred", "united", "based").
notPastVerb:
  [hundred, hundreds, indeed, embed, speed, breed, greed, proceed, succeed, exceed, creed,
   steed, shed, sled, naked, wicked, sacred, kindred, rugged, ragged, beloved, aged,
   wretched, crooked, blessed, dogged, jagged, unemployed, unprecedented, unrelated,
   unlimited, united, based, related, dedicated, sophisticated, complicated, skilled,
   interested, concerned, supposed, need, feed, seed, weed, deed, reed, heed, bleed]

# Opinion and speculation outside a quotation ("I think", "probably", "may"): such a
# sentence reports no happening.
opinionCue:
  [i, we, "i'm", "we're", my, opinion, believe, believes, think, thinks, should, ought,
   must, perhaps, maybe, arguably, probably, likely, unlikely, possibly, may, might, seems,
   seem, hopefully, supposedly, presumably, speculated, speculation, rumored, rumoured,
   rumors, rumours]

# What happens as a rule, not once ("usually", "often"): no happening.
habitCue:
  [usually, often, always, generally, typically, normally, traditionally, frequently,
   regularly, whenever, tend, tends]

# Words of intention inside a quotation ("will", "plan"): a quoted intention with only
# its attribution outside the quotes reports no happening.
intentCue:
  [will, would, going, plan, plans, intend, intends, want, wants, hope]

# Words that open a conditional or a supposition ("if", "unless"): no happening.
conditionalOpener:
  [if, unless, whether, should, suppose, imagine]

# Words that open a new clause ("while", "which"): a name before them is not the subject
# of a verb after them.
clauseOpener:
  [while, when, where, which, who, whom, whose, that, because, after, before, although,
   though, since, if, unless, until, whereas]

# Prepositions that make the name after them a place or a circumstance ("in Lisbon"),
# not the subject of a verb.
locativePreposition:
  [in, at, "on", near, from, across, into, inside, outside, throughout, within, over,
   under, around, toward, towards, beyond]

# Pronouns, by what they agree with. A pronoun of a person ("he", "she") takes the nearest
# person of the matching gender; a thing's ("it") an organization, product or place; a
# group's ("they") the people just named together, and only a group's is plural.
malePronoun: [he, him, his, himself]
femalePronoun: [she, her, hers, herself]
thingPronoun: [it, its, itself]
groupPronoun: [they, them, their, themselves]
# The speaker's own voice: after "X said", it tells nothing of what X is.
firstPersonPronoun: [i, we]
# Pronouns in the subject's case: "in London he said" names its speaker by "he", not London.
subjectPronoun: [i, we, he, she, they]

# What tells a person's gender before any pronoun does: a given name first in the
# person's name, or a title just before a mention ("Mrs. Roe", "spokeswoman Ana Roe",
# "his wife, X"). "He" then never stands for a woman so introduced, nor "she" for a man.
# Names borne by both (Jordan, Taylor) are in neither list.
femaleGivenName:
  [mary, patricia, jennifer, linda, elizabeth, barbara, susan, jessica, sarah, karen, nancy, lisa, betty, margaret, sandra, ashley, kimberly, emily, donna, michelle, carol, amanda, melissa, deborah, stephanie, rebecca, laura, sharon, cynthia, kathleen, amy, angela, shirley, anna, ruth, brenda, pamela, nicole, katherine, samantha, christine, emma, catherine, debra, rachel, carolyn, janet, maria, heather, diane, julie, joyce, victoria, christina, joan, evelyn, lauren, judith, olivia, martha, cheryl, megan, andrea, hannah, jacqueline, ann, jean, alice, kathryn, gloria, teresa, doris, sara, janice, julia, marie, grace, judy, theresa, beverly, denise, marilyn, amber, danielle, abigail, rose, diana, natalie, sophia, lori, kayla, jane, ellen, helen, anne, hillary, kamala, ursula, giorgia, jacinda, sanna, kaja, mette, liz, meg, sheryl, marissa, indra, elena, olena, yulia, svetlana, natalia, tatiana, irina, olga, oksana, iryna, kristalina, melania, ivanka, nikki, kristi, claudia, sophie, isabel, isabelle, ines, lucia, chiara, francesca, giulia, ana, carmen, rosa, fatima, aisha, mariam, leila, priya, anita, sunita, yuki, mei, mai, ingrid, astrid, annika, katarzyna, agnieszka, magdalena, eva, petra, monika, heidi, caroline, charlotte, claire, sofia, lucy, chloe, zoe, ella, amelia, mia, ava, alexandra, alison, allison, beth, bethany, brittany, caitlin, carla, cassandra, chelsea, cindy, courtney, eleanor, erin, esther, fiona, florence, gabriela, gina, greta, hayley, holly, irene, jasmine, jenna, jill, joanna, josephine, kate, katie, kirsten, kristen, leah, lily, lindsay, lydia, madison, marina, melanie, miranda, molly, monica, naomi, nina, nora, paula, phoebe, rita, ruby, sally, serena, simone, stella, tina, tracy, valerie, vanessa, vera, veronica, wendy, yvonne]
maleGivenName:
  [james, robert, john, michael, david, william, richard, joseph, thomas, charles, christopher, daniel, matthew, anthony, mark, donald, steven, paul, andrew, joshua, kenneth, kevin, brian, george, timothy, ronald, edward, jason, jeffrey, ryan, jacob, gary, nicholas, eric, jonathan, stephen, larry, justin, scott, brandon, benjamin, samuel, gregory, frank, patrick, raymond, jack, dennis, jerry, tyler, aaron, jose, adam, nathan, henry, douglas, zachary, peter, kyle, walter, ethan, jeremy, harold, keith, roger, noah, gerald, carl, terry, sean, arthur, lawrence, jesse, dylan, bryan, joe, billy, bruce, albert, willie, gabriel, alan, juan, wayne, roy, ralph, randy, eugene, vincent, russell, louis, bobby, philip, johnny, bill, tom, jim, mike, steve, dave, bob, tony, ted, fred, vladimir, volodymyr, sergei, sergey, dmitry, dmitri, dmytro, igor, ihor, ivan, mikhail, mykhailo, boris, andrei, andrey, andriy, alexei, alexey, oleksandr, oleksiy, viktor, yevgeny, evgeny, yuri, kirill, emmanuel, olaf, keir, rishi, narendra, recep, barack, elon, jeff, satya, sundar, jared, marco, giuseppe, giovanni, francesco, luca, pedro, carlos, luis, miguel, javier, antonio, manuel, francisco, jorge, ahmed, mohammed, mohamed, muhammad, ali, omar, hassan, hussein, abdullah, mahmoud, rahul, amit, raj, hiroshi, takeshi, kenji, wei, jun, hans, klaus, jurgen, friedrich, wolfgang, lars, sven, nils, piotr, tomasz, jan, pavel, jiri, ferenc, viktor, janos, austin, blake, bradley, caleb, chad, clarence, clifford, colin, craig, curtis, dale, darren, dean, derek, dominic, duncan, dustin, edgar, elliot, evan, felix, floyd, gavin, glenn, gordon, graham, grant, greg, harry, harvey, hugh, ian, isaac, jake, jay, jimmy, joel, jon, jonah, julian, karl, kurt, lance, leo, leon, leonard, lewis, liam, lloyd, lucas, luke, marcus, martin, marvin, mason, max, mitchell, neil, nigel, noel, oliver, oscar, owen, perry, phil, ray, rex, rick, rodney, ross, rupert, seth, shane, simon, stanley, stuart, theodore, todd, travis, trevor, troy, victor, wade, warren, wesley]
femaleTitle:
  [mrs, ms, miss, madam, madame, mme, queen, princess, duchess, lady, dame, congresswoman,
   chairwoman, spokeswoman, businesswoman, councilwoman, assemblywoman, actress, wife,
   mother, sister, daughter, grandmother, widow, aunt, niece, "sister-in-law"]
maleTitle:
  [mr, messrs, king, prince, duke, lord, sir, congressman, spokesman, businessman,
   councilman, assemblyman, husband, father, brother, son, grandfather, widower, uncle,
   nephew, "son-in-law", "brother-in-law"]

# Pronouns of the classes above that are never the subject of their own clause ("him").
# "her" is an object or a possessive and is listed as a possessive only.
objectPronoun: [him, them]

# Pronouns of the classes above that stand before what is owned ("his", "its").
possessivePronoun: [his, her, hers, its, their]

# Words that make the name after them the source of what is reported ("according to a
# consensus estimate from Velmar Data", "analysts polled by Velmar Data"), with only
# lower-case words between: such a name is no antecedent of "the company" or "it".
sourceCue: [according, polled, surveyed, compiled, tracked]

# Nouns for a business: "the company", "the carrier", "the planemaker" stand for the
# company last introduced with that role, or the last one named.
companyRole:
  [company, firm, carrier, airline, planemaker, plane-maker, automaker, carmaker,
   manufacturer, maker, retailer, bank, lender, insurer, chipmaker, conglomerate, startup,
   start-up, giant, group, operator, supplier, broadcaster, publisher, brand, corporation,
   miner, producer, exporter, distributor, developer, studio, label, outlet, newspaper]

# Roles of a business that flies, runs or sells what others make: "the airline" never
# stands for the maker of a product the text names ("Velo Z20s operated by Orvo Air. The
# airline ..." is Orvo Air, not Velo).
operatorRole: [airline, carrier, operator, retailer, lessor]

# Nouns for a public body: "the ministry", "the regulator", "the alliance" stand for such a
# body, and an organization with one in its name is no company.
institutionRole:
  [ministry, department, agency, regulator, watchdog, commission, council, court,
   parliament, legislature, authority, alliance, bloc, committee, board, party, union,
   organization, organisation, administration]

# Roles of people: "the envoy", "the chief executive", "the Russian leader" stand for the
# person last introduced with that role.
personRole:
  [envoy, executive, ceo, president, leader, minister, premier, chancellor, spokesman,
   spokeswoman, spokesperson, chairman, chairwoman, founder, co-founder, cofounder, senator,
   general, commander, ambassador, governor, mayor, secretary, director, boss, king, queen,
   pope, billionaire, tycoon, oligarch, businessman, businesswoman, negotiator, aide,
   adviser, advisor, judge, prosecutor, coach, chief, diplomat, lawmaker, prince]

# Roles or title words a person introduced with one ("President X", "Prime Minister Y") is
# "the leader" for.
leaderRole: [leader, president, premier, chancellor, prime, king, queen]

# Nouns that, after a nationality adjective, make the country the one acting ("Russian
# forces", "Ukrainian officials").
stateAgent:
  [forces, troops, army, military, soldiers, servicemen, drones, missiles, attacks,
   strikes, shelling, artillery, warplanes, jets, navy, officials, authorities, government,
   delegation, negotiators, diplomats, side, regulators, lawmakers, law, courts, police,
   resistance, defenses, defences, units, offensive, counteroffensive, invasion, occupation,
   intelligence, prosecutors, ministers]

# Nouns that stand for the two people just named together ("the pair").
pairNoun: [pair, two, duo]

# Plural nouns after "two" that make "the two men" stand for the two people just named
# together, as "the pair" does.
pairedPeople: [men, women, leaders, envoys, executives, officials]

# Determiners, relatives, negations and forms of "be": after "the", such a word ends a
# description before its role noun ("the company that", "the firm is").
functionWord:
  [the, a, an, this, that, these, those, its, their, his, her, our, my, your, who, which,
   not, "no", is, was, are, were, be, been]

# The words of the grammar rather than of the content: determiners, pronouns, auxiliaries
# and modals, prepositions, conjunctions and sentence adverbs. After "the revised" a word
# that is none of these (nor a date) is the noun the "-ed" form describes ("the revised
# figures", "their insured deposits"); "the talks stalled with ..." has its verb.
grammarWord:
  [the, a, an, this, that, these, those, its, their, his, her, our, my, your, it, he, she,
   they, we, i, you, him, them, us, me, who, whom, whose, which, what, not, "no", is, was,
   are, were, be, been, being, am, has, have, had, do, does, did, will, would, shall, can,
   could, should, might, must, to, of, in, "on", at, by, for, from, with, into, onto, over,
   under, about, after, before, since, until, till, through, during, against, between,
   among, than, via, per, and, or, but, nor, so, yet, if, as, because, while, when, where,
   then, there, here, also, still, again, afterwards, afterward, thereafter, prior]

# Words that may follow a noun phrase ("the store said", "the store is"), besides any
# word ending in "-ed", "-ing" or "-s": after "the store" one tells that "store" ends the
# phrase and may stand for a company named before ("the store manager" does not).
nounFollower:
  [is, was, will, would, can, could, may, might, must, should, has, had, have, said, says,
   sold, began, grew, fell, rose, went, came, became, opened, in, "on", at, of, for, to,
   with, by, from, and, or, but, that, which, who, also, now, then, still, only, already,
   first]

# Words before a name that attach it to a preceding word rather than make it the subject
# of its clause ("talks with X", "a letter to X", "X and Y"): prepositions and the two
# conjunctions.
preposition:
  [in, at, "on", with, to, from, by, for, of, about, against, between, after, before, under,
   over, near, into, than, like, via, toward, towards, among, across, through, during,
   including, without, per, alongside, beside, behind, unlike, despite, and, or]

# Words that after "it" make it a word for a thing already met ("it said", "it will"),
# not the "it" of "it is likely" or "it seems".
actingAfterIt:
  [said, says, announced, announces, reported, reports, added, told, will, has, had, plans,
   planned, expects, expected, also, later, sold, bought, launched, released, unveiled,
   agreed, denied, confirmed, warned, cut, raised, lost, posted, filed, hired, fired,
   opened, closed, made, paid, received, signed, sued, won, wants, aims, intends, does, did,
   declined, stated, claimed, issued, ordered, delivered, built, introduced, began, started,
   stopped, suspended]

# Last words of a capitalised run that make it a stock index ("Nasdaq Composite", "Dow
# Jones Industrial Average"): a product, as a model number makes one.
indexHead: [composite, index, average]

# Verbs of making: a name right after one ("Cadbury makes Dairy Milk", "which also produces
# Crunchie") is what is made, a product.
makingVerb:
  [make, makes, made, making, produce, produces, produced, producing, manufacture,
   manufactures, manufactured, manufacturing, brew, brews, brewed]

# Nouns of made things: a name of two words or more right before one is a model's
# ("the Velo King Air plane", "Velo Tern devices"), as it is before a plural in capitals
# ("Velo Tern PCs").
productNoun:
  [plane, planes, aircraft, jet, jets, airliner, airliners, jetliner, jetliners, helicopter,
   helicopters, turboprop, car, cars, sedan, sedans, truck, trucks, suv, suvs, pickup,
   pickups, minivan, vehicle, vehicles, smartphone, smartphones, handset, handsets, tablet,
   tablets, laptop, laptops, console, consoles, drone, drones, rifle, rifles, locomotive,
   model, models, device, devices, computer, computers, server, servers, printer, printers,
   phone, phones, camera, cameras, processor, processors, chip, chips, ship, ships, vessel,
   vessels, tanker, tankers, freighter, freighters, submersible, submarine, yacht, ferry]

# Nouns that name a kind of a made thing before its noun ("the Velo Tern container ship",
# "a Velo Tern passenger jet"): the name before both is the thing's.
productNounModifier:
  [container, cargo, passenger, cruise, fishing, research, supply, bulk, patrol, naval,
   private, business, jumbo, "wide-body", "narrow-body", fighter, electric, sports]

# Nouns of a ship or a boat: a name right after one is the vessel's ("the container ship
# Velora", "the submersible Tarn"), a made thing like a model.
vesselNoun:
  [ship, vessel, tanker, freighter, submersible, submarine, yacht, ferry, barge, tugboat,
   trawler, warship, destroyer, frigate, liner, boat, icebreaker]

# Nouns of a medicine: a name right after one, or set off by commas after one, is the
# medicine's ("the drug Velzumab", "the IV drug, Velzumab, for ..."), a made thing like a
# model; so is one after "like", "including" or "such as" and the noun ("drugs like
# Velzumab").
medicineNoun:
  [drug, drugs, medicine, medicines, medication, medications, treatment, treatments,
   therapy, therapies, vaccine, vaccines, antibody, antibodies, pill, pills]

# Nouns of an illness named after a person ("Velden's disease"): the name in the
# possessive before one is the illness's, in all of its text, no actor.
illnessNoun: [disease, syndrome]

# Prefixes of a ship's name, in capitals ("MV Velora", "HMS Tarn"; "M/V Velora" is read
# too): the name after one is the vessel's.
vesselPrefix: [mv, hms, uss, usns, rms, hmcs, hmas]

# Makers of cars and aircraft whose models are named by words after the maker's name
# ("Cessna Skyhawk", "Toyota Camrys"): a name opening with one, before a word that is no
# head, legal form or known place ("Toyota Motor", "Ford Foundation", "Ford Australia"
# stay organizations), is a model, a product. Makers whose name is a common given name,
# surname or word ("Lincoln", "Mercury", "Jaguar", "Piper") or who name units of their
# own in the news ("Lockheed Martin", "Mitsubishi Electric") are left out.
productMaker:
  [chevrolet, chevy, pontiac, cadillac, buick, gmc, oldsmobile, saturn, ford, chrysler,
   dodge, jeep, tesla, toyota, lexus, honda, acura, nissan, infiniti, mazda, subaru, suzuki,
   hyundai, kia, volkswagen, audi, porsche, volvo, fiat, renault, peugeot, citroen, skoda,
   opel, vauxhall, lamborghini, maserati, beechcraft, cessna, cirrus, gulfstream, learjet,
   sikorsky, embraer]

# Last words of a name that make it a product's or a service's ("Zentra Pro", "Velo
# Store", "Orbis Plus"): no person's surname, so a name ending in one is a thing's, not
# a person's, unless a title or a given name says otherwise.
productHead: [pro, max, mini, plus, ultra, lite, nano, book, phone, pad, store, edition, duo]

# Currencies: after a country or its nationality ("US dollar", "Japanese yen") the two
# words name a currency, a product.
currency:
  [dollar, dollars, euro, euros, yen, pound, pounds, sterling, yuan, renminbi, rouble, ruble,
   rupee, franc, peso, won, lira, real, rand, krona, krone, hryvnia, zloty, forint, shekel,
   ringgit, baht, dirham]

# Nouns of a deal between companies: the name after one and its preposition ("a merger
# with Velcor", "the takeover of Velcor", "a stake in Velcor") is a company. Not "acquired"
# or "the acquisition of", which sports news says of players.
dealNoun: [merger, mergers, takeover, takeovers, stake, stakes]

# Nouns for a business: after "the" or "its" ("the carmaker") they show a text speaks of
# a company, so a speaker it names by one word only is taken for that company.
companyNoun:
  [company, firm, carmaker, automaker, retailer, startup, chipmaker, lender, insurer,
   manufacturer, conglomerate, airline, utility, maker, brand]

# "has", "have" before a participle: the present perfect, news still current.
perfectAuxiliary: [has, have, "'ve"]

# "had" before a participle: the past perfect, background to the news, not a happening.
pastPerfectAuxiliary: [had, "'d"]

# Past forms of "be" before a participle: a passive past ("was fired") reports a
# happening too.
passiveBe: [was, were]

# Words after which an "-ed" form is an adjective, an infinitive's or a modal's
# participle, or the participle of a perfect: no finite past of its own ("the expected
# rise", "to be launched", "has been sold").
nonFiniteCue:
  [the, a, an, its, his, her, their, our, my, your, this, that, these, those, be, been,
   being, is, are, am, to, has, have, having, will, would, could, should, may, might, must,
   can, not, newly, well, widely, highly, fully, less, more, most, very, of, as, than, get,
   gets, getting]

# The words that open an absolute phrase after a clause's verb ("Velcor is the largest
# seller, with its software tightly integrated ..."): an "-ed" form at its end describes
# the noun before it and is no verb of the clause.
absoluteOpener: [with, without]

# Adverbs that may stand between an auxiliary and its verb ("has already sold").
auxiliaryAdverb:
  [also, already, just, recently, since, later, then, again, finally, reportedly,
   officially, formally, publicly, previously, earlier, first, initially, subsequently, now,
   once, still, never, not, quickly, immediately, eventually, briefly, jointly]

# Nouns that name a happening. A clause that opens with one after "the" ("The explosion
# shook the street", "The meeting lasted two hours") tells more of the happening the
# clause before it told, on the same day: one entry.
# Happenings that one story tells of once a day: two articles telling of "the crash" on
# the same day, with no participant or place of their own on both sides, tell of one.
singularHappening:
  [crash, collision, derailment, earthquake, quake, explosion, blast, bombing, shooting,
   stabbing, wildfire, landslide, avalanche, shipwreck, sinking, stampede]

happeningNoun:
  [blast, explosion, attack, strike, raid, bombing, shooting, crash, collision, accident,
   fire, incident, meeting, talks, summit, visit, call, ceremony, announcement, launch,
   vote, deal, agreement, sale, acquisition, merger, earthquake, quake, storm, flood,
   outage, protest, rally, hearing, trial, speech, interview, event, keynote,
   presentation, conference, election, walkout, derailment, assault, shelling, ambush]

# Words that open the scene of what a clause tells, up to the next comma ("amid the war
# with X"): a name there takes no part in the happening.
circumstanceOpener: [amid, amidst]
"""#
}
