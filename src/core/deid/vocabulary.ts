/**
 * Hand-written word lists the de-identifier reasons with. Each list is general English or
 * clinical vocabulary (never a string taken from a data set row); the large frequency lists
 * (names, places, dictionary) live in ./data as JSON.
 */

const words = (s: string): ReadonlySet<string> => new Set(s.trim().split(/\s+/).map((w) => w.toLowerCase()));

/** Month names and abbreviations. A month is a date element under Safe Harbor. */
export const MONTHS = words(`
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Days of the week: kept (a weekday alone does not date an event). */
export const WEEKDAYS = words(`monday tuesday wednesday thursday friday saturday sunday
  mon tue tues wed thu thur thurs fri sat sun mondays tuesdays wednesdays thursdays fridays saturdays sundays`);

/** US states, territories and their postal codes: larger than Safe Harbor's geographic limit, so kept. */
export const STATES = words(`alabama alaska arizona arkansas california colorado connecticut delaware florida
  georgia hawaii idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts
  michigan minnesota mississippi missouri montana nebraska nevada hampshire jersey mexico york carolina
  dakota ohio oklahoma oregon pennsylvania rhode island tennessee texas utah vermont virginia washington
  wisconsin wyoming puerto rico guam columbia`);

/** Two-letter state codes, matched only in upper case. */
export const STATE_CODES: ReadonlySet<string> = new Set(
  `AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH
  OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR`.split(/\s+/),
);

/**
 * Proper nouns that carry clinical or social meaning and identify no one: countries and
 * nationalities, languages, religions, holidays-as-seasons, programs, agencies, 12-step words,
 * vehicle makes, common apps. Capitalised, they would otherwise look like names.
 */
export const SAFE_PROPER = words(`
  america american americans usa us u.s. united states canada canadian mexican mexico latino latina latinx hispanic
  african asian european english spanish french german italian chinese japanese korean vietnamese filipino
  arabic somali russian cantonese mandarin hmong tagalog farsi persian hebrew hindi urdu bengali punjabi
  swahili amharic yoruba igbo navajo cherokee lakota ojibwe greek turkish albanian armenian bosnian serbian
  croatian romanian hungarian czech dutch swedish norwegian danish finnish thai khmer lao burmese nepali
  tibetan mongolian korean ukrainian polish haitian creole portuguese brazilian indian pakistani irish
  jamaican cuban dominican puerto rican salvadoran guatemalan honduran nigerian ethiopian
  native indigenous black white
  christian christians catholic protestant baptist methodist lutheran pentecostal muslim islam islamic jewish
  judaism buddhist hindu sikh mormon god jesus christ allah bible quran koran scripture lord
  god's higher power
  narcotics alcoholics anonymous gamblers overeaters al-anon alateen nar-anon smart recovery celebrate
  medicaid medicare medi-cal chip tricare obamacare snap wic tanf ssi ssdi ebt section va ihs
  adult child protective services aps cps dcfs dss dhs hhs samhsa fbi dea ice ssa irs dmv hud
  department human health social security administration veterans affairs
  crisis lifeline hotline 988 911 mobile peer support specialist recovery coach
  suicide prevention trevor project text line
  mental health first aid wrap wellness action plan stages change motivational interviewing
  cognitive behavioral therapy dialectical dbt cbt emdr act
  pdf ok okay hi hey thanks thank dear
  ford honda toyota chevy chevrolet dodge nissan jeep hyundai kia subaru mazda buick gmc tesla volkswagen
  vw bmw mercedes audi lexus acura chrysler cadillac lincoln ram
  escape civic corolla camry accord altima malibu impala tahoe silverado explorer focus fusion
  zoom facetime whatsapp facebook instagram insta snapchat tiktok twitter youtube google gmail
  uber lyft amazon walmart target costco cashapp venmo paypal zelle
  covid covid-19 hiv aids hepatitis
  christmas thanksgiving easter halloween hanukkah ramadan kwanzaa
  i i'm i've i'll i'd
  mom mommy mama dad daddy papa grandma grandpa granny nana grandmother grandfather auntie
  mr mrs ms miss dr doctor
  suboxone subutex sublocade zubsolv vivitrol narcan kloxxado evzio methadose dolophine
  buprenorphine naloxone naltrexone methadone acamprosate campral antabuse disulfiram
  zoloft prozac paxil celexa lexapro effexor cymbalta wellbutrin remeron trazodone desyrel
  abilify seroquel zyprexa risperdal geodon latuda invega haldol clozaril vraylar rexulti caplyta
  lamictal depakote tegretol trileptal topamax neurontin lyrica keppra
  lithium lithobid xanax klonopin ativan valium restoril ambien lunesta
  adderall ritalin concerta vyvanse focalin strattera intuniv
  chantix nicorette percocet vicodin oxycontin dilaudid norco tramadol ultram fentanyl duragesic
  tylenol advil motrin aleve ibuprofen acetaminophen aspirin benadryl
  lasix coumadin warfarin eliquis xarelto plavix lipitor crestor zocor norvasc lisinopril metoprolol
  synthroid levothyroxine metformin glucophage insulin lantus humalog ozempic jardiance
  prednisone albuterol ventolin flonase zyrtec claritin allegra protonix prilosec nexium pepcid zantac
  kayexalate dopamine heparin digoxin dextrose
  dsm dsm-5 icd icd-10 ptsd adhd ocd copd chf cad gerd
  tylenol#3 cpap bipap`);

/**
 * Words that end the name of a facility, workplace, school, church or program site. A
 * capitalised run ending in one of these is a place ("Golden Crust Bakery", "Roosevelt
 * Elementary"); lower-case ones count only after a capitalised name ("Westside clinic").
 */
export const FACILITY_HEADS = words(`
  center centre centers clinic clinics hospital hospitals medical medicine health healthcare
  church chapel cathedral temple mosque synagogue parish ministries ministry fellowship tabernacle iglesia
  school schools elementary preschool academy college university institute high middle
  shelter shelters motel hotel inn lodge suites apartments apartment homes manor towers tower residence
  residences house cafe café clubhouse club diner restaurant grill bar pub tavern kitchen bakery cafeteria
  market supermarket grocery foods store shop salon barbershop spa pharmacy drugstore
  staffing poultry motors auto body garage construction logistics farms farm ranch factory plant mill
  warehouse industries company co corp corporation inc llc ltd group partners associates
  counseling therapy detox rehab treatment recovery wellness services
  jail prison penitentiary detention correctional courthouse court
  park library gym ymca ywca mall plaza stadium arena
  bank credit union`);

/** Facility heads strong enough to count even in lower case after a capitalised name. */
export const LOWER_FACILITY_HEADS = words(`clinic hospital center centre church school shelter motel hotel
  detox rehab pharmacy jail prison library gym diner cafe café salon bakery academy`);

/** Words that, as the last word of a capitalised run, make it a street. */
export const STREET_SUFFIXES = words(`
  street st avenue ave av road rd lane ln drive dr boulevard blvd terrace ter row court ct place pl way
  circle cir highway hwy pike parkway pkwy trail trl alley aly square sq crescent loop path run
  broadway expressway expy freeway turnpike tpke`);

/** Words that open a street name ("Calle Sexta", "Route 9"). */
export const STREET_PREFIXES = words(`calle avenida rue via route rt highway hwy interstate county`);

/** Words that, at the end of a capitalised run, make it a town or area. */
export const PLACE_SUFFIXES = words(`
  springs spring ridge hill hills ford valley park harbor harbour heights falls creek lake lakes beach bay
  point grove village township city county parish borough town junction crossing landing mills mill
  station glen woods forest meadows meadow gardens garden estates shores island islands mountain
  center corner corners hollow haven port vale view`);

/** Words that open a town name ("Port Edwin", "Fort Lee", "New Hope"). */
export const PLACE_PREFIXES = words(`port fort mount mt saint st san santa new north south east west lake`);

/** Titles before a person's name. */
export const TITLES = words(`dr dr. drs doctor mr mr. mrs mrs. ms ms. miss mx prof professor rev reverend pastor father
  sister brother officer judge nurse rn np pa lpn lcsw lsw sgt sergeant det detective deputy capt coach
  attorney counselor`);

/**
 * Words after which a capitalised word is a person: kin, household, work and care roles. "my
 * sponsor Deb", "her cousin Marek".
 */
export const PERSON_CUES = words(`
  son daughter sons daughters dtr sis bro child kid kids baby mother mom mommy father dad daddy brother sister bro sis
  husband wife spouse partner ex ex-partner ex-husband ex-wife fiance fiancee fiancé fiancée boyfriend
  girlfriend bf gf girl boy man guy lady woman
  aunt auntie uncle cousin nephew niece grandmother grandma granny nana grandfather grandpa grandad granddad
  grandson granddaughter grandchild stepson stepdaughter stepmom stepdad stepfather stepmother
  roommate neighbor neighbour friend bestie buddy landlord landlady sponsor sponsee mentor
  boss supervisor manager coworker co-worker employer owner
  therapist counselor counsellor psychiatrist psychologist doctor nurse worker caseworker navigator
  advocate attorney lawyer defender officer judge pastor priest minister reverend teacher coach
  specialist participant client member patient resident attendee attendees named called`);

/** Phrases before a self-introduction in messages: "its Hope", "this is Cam". */
export const SELF_INTRO = /\b(?:it'?s|it’s|this is|im|i'm|i’m|name is|named|called|call me|signed|love)\s*$/i;

/** Prepositions after which a capitalised run is usually a place. */
export const PLACE_PREPOSITIONS = words(`in at from near outside around to toward towards into across`);

/** Nickname markers that make the next word a name in any case: "lil T", "big mike". */
export const NICKNAME_MARKERS = words(`lil little big old young`);

/**
 * Ordinary words of notes and messages that the dictionary lacks: generic drug names, clinical
 * abbreviations and texting shorthand. Treated like dictionary words, so a capital does not make
 * them look like a name.
 */
export const EXTRA_COMMON = words(`
  cafe ok okay lol btw omg bc im ur thx pls plz bday wifi dont ive didnt doesnt isnt wasnt couldnt shouldnt
  wouldnt hmu idk tbh rn cuz tho thru ya yall y'all gonna wanna gotta kinda sorta lemme u r n w/ fb ig dm dms
  txt msg pic pics vid selfie gf bf bff smh imo fyi asap tmrw tmr tonite nite bro sis fam
  naloxone buprenorphine gabapentin acamprosate lamotrigine naltrexone bupropion fluoxetine sertraline
  citalopram escitalopram paroxetine venlafaxine duloxetine mirtazapine trazodone quetiapine olanzapine
  risperidone aripiprazole ziprasidone lurasidone clozapine haloperidol valproate divalproex carbamazepine
  oxcarbazepine topiramate pregabalin clonazepam lorazepam alprazolam diazepam zolpidem hydroxyzine
  prazosin clonidine guanfacine propranolol atomoxetine methylphenidate amphetamine lisdexamfetamine
  varenicline nicotine oxycodone hydrocodone hydromorphone morphine codeine tramadol fentanyl heroin
  methamphetamine meth cocaine crack xylazine kratom cannabis marijuana thc cbd ketamine mdma lsd
  benzos benzo opioid opioids opiate opiates suboxone subutex sublocade vivitrol narcan
  furosemide metoprolol lisinopril amlodipine atorvastatin simvastatin metformin omeprazole pantoprazole
  levothyroxine prednisone albuterol insulin warfarin apixaban rivaroxaban nystatin vancomycin
  ceftriaxone cipro ciprofloxacin levofloxacin zosyn flagyl bactrim keflex ativan haldol
  prn po npo iv im sq sc subq bid tid qid qd qhs qam qpm hs ac pc stat mg mcg ml cc meq mmol
  pt pts amb neuro resp gi gu cv abg sob doe ngt ogt ett foley cvp picc afib aflutter pvd niddm iddm
  htn dm cad chf copd mi cva tia dvt pe uti uri gerd ckd esrd arf aki bph sle ra oa ms als
  hgb hct wbc plt inr ptt bun cr lfts ekg ecg cxr ct mri eeg echo tte tee cabg ptca mvr avr
  ccu icu micu sicu nicu ed er or pacu rehab detox iop php cm cps lpn cna lcsw lmhc lpc lsw cprs cadc
  si hi avh ah vh ptsd adhd ocd mdd gad bpd sud aud oud dx rx hx tx sx fx px
  yo y/o s/p w/ w/o c/o r/o f/u b/l d/c dc'd
  ebt snap wic ssi ssdi iep ieps cpap bipap a1c hba1c ldl hdl
  tmax tm temp gtt gtts conts cont dsg dsgs sx sxn sxned spo sao pao fio abd endo pulm neuro resp cardiac
  trach vanco levo levophed neo neosynephrine amio lytes meds afeb bilat ectopy flowsheet carevue aline
  hemodynamics hemodynamically intubated extubated sternal mae vea pvc pvcs pac pacs nsr svt vt vf
  creat bs fs fsbs ivf ivp ngt ogt peg picc tpn ppn prbc prbcs ffp plts cxr abx lopressor captopril
  nipride milrinone propofol fentanyl versed ativan dilaudid morphine colace senna dulcolax demerol meperidine
  hickman quinton swan ganz swan-ganz foley yankauer bair passy muir groshong mahurkar permacath broviac
  cordis ambu pleurevac salem dobhoff levin jackson-pratt blake penrose tegaderm duoderm allevyn
  cath caths cathed angio angioplasty osh ew csru tcu sdu pcu cvicu msicu ep cath-lab rehab`);

/** Country names, which close an address block and are no identifiers on their own. */
export const COUNTRIES = words(`
  afghanistan albania algeria argentina armenia australia austria azerbaijan bangladesh belarus belgium
  bolivia bosnia brazil bulgaria cambodia cameroon canada chile china colombia congo croatia cuba cyprus
  czech czechia denmark ecuador egypt england eritrea estonia ethiopia fiji finland france georgia germany
  ghana greece greenland guatemala haiti honduras hungary iceland india indonesia iran iraq ireland israel
  italy jamaica japan jordan kazakhstan kenya korea kosovo kuwait laos latvia lebanon liberia libya
  lithuania luxembourg madagascar malaysia mali malta mexico moldova mongolia montenegro morocco myanmar
  nepal netherlands zealand nicaragua niger nigeria norway pakistan panama paraguay peru philippines poland
  portugal qatar romania russia rwanda samoa saudi arabia scotland senegal serbia sierra leone singapore
  slovakia slovenia somalia spain sri lanka sudan sweden switzerland syria taiwan tanzania thailand togo
  tonga tunisia turkey uganda ukraine united kingdom emirates states uruguay uzbekistan venezuela vietnam
  wales yemen zambia zimbabwe usa uk`);

/**
 * Street suffixes of USPS Publication 28 (a US government work), accepted inside an address
 * block even though most are ordinary words ("Gregersen Prairie", "Trajanka Forks").
 */
export const STREET_TYPES = words(`
  alley annex arcade avenue bayou beach bend bluff bottom boulevard branch bridge brook burg bypass camp
  canyon cape causeway center circle cliff club common corner course court cove creek crescent crest
  crossing crossroad curve dale dam divide drive estate expressway extension falls ferry field flat ford
  forest forge fork fort freeway garden gateway glen green grove harbor haven heights highway hill hollow
  inlet island isle junction key knoll lake land landing lane light loaf lock lodge loop mall manor
  meadow mews mill mission motorway mount mountain neck orchard oval overpass park parkway pass passage
  path pike pine place plain plaza point port prairie radial ramp ranch rapid rest ridge river road route
  row rue run shoal shore skyway spring spur square station stravenue stream street summit terrace
  throughway trace track trafficway trail tunnel turnpike underpass union valley viaduct view village
  ville vista walk wall way well wells`);
