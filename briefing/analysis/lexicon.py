"""Word lists the rule-based analysis relies on: titles, speech verbs, places, organisation words.

Kept apart from the rules so that they can grow without touching the code that uses them.
"""

from __future__ import annotations

from pathlib import Path

_DATA = Path(__file__).resolve().parent.parent / "data"

# Honorifics and the gender they imply (None: unknown).
HONORIFICS: dict[str, str | None] = {
    "mr": "m", "mister": "m", "sir": "m", "lord": "m", "king": "m", "prince": "m", "father": "m",
    "mrs": "f", "ms": "f", "miss": "f", "dame": "f", "lady": "f", "queen": "f", "princess": "f",
    "madam": "f", "sister": "f", "datuk": None, "dato": None, "datin": "f", "tun": None, "puan": "f",
    "alhaji": "m", "alhaja": "f", "hajia": "f", "hon": None, "honourable": None, "honorable": None, "atty": None,
    "dr": None, "prof": None, "professor": None, "rev": None, "fr": "m", "cde": None, "comrade": None, "daw": "f",
    "reverend": None, "revd": None, "mx": None, "baroness": "f", "baron": "m", "prophet": None, "apostle": None, "evangelist": None,
    # of West Africa ("Nana Kwame Mensah", "Opanin Kwaku Boateng", "Mallam Sani Bello"), Malaysia
    # ("Encik Ahmad", "Haji Osman") and South Asia ("Shri Ramesh Kumar", "Smt Lakshmi Devi", "Thiru Selvam")
    "nana": None, "opanin": "m", "togbe": "m", "oba": "m", "igwe": "m", "otunba": None,
    "mallam": "m", "malam": "m", "hajiya": "f", "encik": "m", "cik": "f", "haji": "m", "hajjah": "f",
    "shri": "m", "shrimati": "f", "smt": "f", "thiru": "m", "thirumathi": "f", "pandit": "m", "maulana": "m",
    "ustaz": "m", "ustazah": "f", "mufti": "m", "swami": "m",
    "kuya": "m", "manang": "f", "manong": "m",  # the Philippines' respect for an elder: "Kuya Marco"
    "mama": "f",  # East and West Africa's for an older woman, before her given name only: "trader Mama Folake Akinwumi"
    # of the clergy ("Monsignor Kevin Doyle", "the Venerable Ajahn Sumedho"), and of other languages ("Frau Weber", "Señora Ruiz")
    "monsignor": "m", "msgr": "m", "deacon": None, "chaplain": None, "venerable": None, "ven": None, "matron": "f",
    "sheikha": "f", "begum": "f", "herr": "m", "frau": "f", "madame": "f", "mme": "f", "monsieur": "m",
    "señor": "m", "senor": "m", "señora": "f", "senora": "f", "sra": "f", "signor": "m", "signora": "f",
}
# Office titles that precede a person's name.
OFFICE_TITLES = frozenset(
    """president vice prime minister chancellor premier secretary senator sen rep representative
    gov governor mayor judge justice general gen admiral adm colonel col lt lieutenant captain capt
    sgt sergeant commander cmdr chief pope cardinal bishop archbishop ambassador envoy spokesman
    spokeswoman spokesperson speaker deputy acting former foreign defence defense interior finance
    health home state attorney commissioner chairman chairwoman chair ceo director inspector
    detective officer superintendent constable councillor councilor coach manager emperor sheikh
    crown supreme leader mp mep congressman congresswoman assemblyman assemblywoman president-elect
    sultan emir ayatollah rabbi imam kh kyai kiai ustadz pastor agent striker defender midfielder goalkeeper winger
    forward captain skipper analyst economist designer artist singer actor actress author writer
    chef presenter host dj producer boss founder entrepreneur sheriff marshal councilman councilwoman
    councilmember alderman alderwoman assemblymember magistrate justices mk mla msp mpp supervisor
    director-general secretary-general attorney-general governor-general inspector-general surgeon-general
    commissioner-general legislator lawmaker det insp supt dci dcs assoc cllr coun sri seri taoiseach
    tánaiste tanaiste gm prosecutor ald mna mpa td undersecretary under-secretary mayor-elect governor-elect
    senator-elect charge cfo coo cto cio associate assistant adjunct sp asp dsp csp acp dcp ssp igp dig recorder
    coroner dpp cr ocpd ocs mca advocate-general solicitor-general advocate warden ratu clr eng engr engineer
    pc dc ds pcso cst const pte cpl corporal trooper sapper rifleman guardsman fusilier commodore brigadier dcop
    judge-executive vice-president lord-lieutenant vice-governor deputy-governor ceann comhairle cathaoirleach
    administrator di maj consul""".split()
)
# The role noun a short or formal title before a name gives its bearer, for "the <noun>" later:
# "Det. Sgt. Amy Ross" ... "the detective", "Justice R. Kalaiselvi" ... "the judge".
TITLE_NOUNS: dict[str, str] = {
    "rep": "congressman", "det": "detective", "dci": "detective", "dcs": "detective", "insp": "inspector",
    "supt": "superintendent", "prof": "professor", "dr": "doctor", "cllr": "councillor", "coun": "councillor", "cr": "councillor",
    "justice": "judge", "magistrate": "judge", "recorder": "judge", "lord": "judge", "sen": "senator", "gov": "governor", "atty": "lawyer",
    "gen": "general", "col": "colonel", "sgt": "sergeant", "cst": "constable", "const": "constable",
    "pc": "constable", "wpc": "constable", "dc": "detective", "ds": "detective", "di": "detective", "maj": "major",  # British police ranks
}
MONTHS = frozenset(
    "january february march april may june july august september october november december".split()
)
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())

# Bodies' words in the languages whose names news keeps untranslated ("Banco Central do Brasil",
# "Conseil constitutionnel", "Universidad de Chile"), each with the English noun that news then
# calls the body by ("the bank", "the council").
FOREIGN_ORGANIZATION_WORDS = {
    **dict.fromkeys("banco banque banca bangko bundesbank".split(), "bank"),
    **dict.fromkeys("ministerio ministère ministere ministério ministerium ministero".split(), "ministry"),
    **dict.fromkeys("universidad universidade université universite universität universitat università".split(), "university"),
    **dict.fromkeys("comisión comision comissão comissao commissione kommission".split(), "commission"),
    **dict.fromkeys("consejo conseil conselho consiglio".split(), "council"),
    **dict.fromkeys("escuela escola école ecole scuola schule ysgol colegio".split(), "school"),
    **dict.fromkeys("agencia agence agência agenzia agentur".split(), "agency"),
    **dict.fromkeys("partido parti partei partito".split(), "party"),
    **dict.fromkeys("instituto institut istituto".split(), "institute"),
    **dict.fromkeys("fundación fundacion fundação fundacao fondation fondazione stiftung".split(), "foundation"),
    **dict.fromkeys("sindicato syndicat gewerkschaft".split(), "union"),
    **dict.fromkeys("asociación asociacion associação associazione verband".split(), "association"),
    **dict.fromkeys("federación federacion federação fédération".split(), "federation"),
    **dict.fromkeys("corte cour".split(), "court"),
    **dict.fromkeys("bahn ferrovie ferrocarriles".split(), "railway"),
    **dict.fromkeys("grupo gruppo groupe gruppe".split(), "group"),
    **dict.fromkeys("société societe compagnie compañía compania companhia".split(), "company"),
    **dict.fromkeys("junta".split(), "board"),  # "the Junta Electoral"
    **dict.fromkeys("asamblea assemblée assemblee assembleia assemblea".split(), "assembly"),  # "Asamblea de Pueblos del Salar"
    **dict.fromkeys("secretaría secretaria secrétariat".split(), "secretariat"),
    **dict.fromkeys("fiscalía fiscalia procuraduría procuraduria".split(), "office"),
}
# Words that end an organisation's name (the "Carnegie ... Center", "Security Council").
ORGANIZATION_WORDS = frozenset(
    """institute institution center centre council ministry department university college school unit division directorate
    academy party bank company corporation corp inc ltd llc plc group agency commission committee
    association union organization organisation foundation fund trust society league federation
    court parliament congress senate assembly government administration army navy police force
    forces service services office bureau board authority network news times post journal press
    club team church hospital museum airlines airways ferries motors industries holdings partners capital
    systems technologies labs laboratory program programme coalition alliance movement front
    cabinet duma kremlin pentagon tribunal guard command fc democrats republicans mps dems radio tv
    productions publishing communications chronicle herald gazette tribune telegraph
    television channel studios records pictures games foods stores airport railway railways research
    council confederation consortium cooperative co-operative syndicate logistics properties developments
    estates investments ventures pharmaceuticals solutions shipping automotive electronics telecoms
    brewery breweries insurance forum chamber caucus taskforce lobby collective prosecution campaign
    embassy consulate treasury guild gmbh oyj bhd tbk llp pty sector rūnanga runanga regulator hospice clinic
    infirmary terminals division directorate secretariat inspectorate promotions panel branch theatre theater exports
    orchestra philharmonic choir ballet municipality survey exchange elementary diocese archdiocese inquiry síochána siochana coastguard""".split()
) | frozenset(FOREIGN_ORGANIZATION_WORDS)
# Industries that end a company's name ("Nordvik Energy", "Karoo Pacific Minerals"), though alone,
# or inside a longer name ("Securities and Exchange Commission"), they name none.
INDUSTRY_WORDS = frozenset(
    """energy electric mining minerals resources petroleum utilities media biotech therapeutics
    pharma consulting analytics securities chemicals aerospace robotics software semiconductors
    builders construction engineering materials metals cement textiles apparel brands beverages
    dairy farms seeds books entertainment music films hotels resorts hospitality healthcare
    diagnostics payments finance tech technology digital data wireless telecom aviation freight
    cargo trading markets oil gas growers producers traders exporters importers brewers distillers
    makers manufacturers suppliers wholesalers dealers sports rail railway railways airways airlines air trains buses
    ferries water power mutual forensics infrastructure precision components instruments devices
    laboratories networks packaging plastics biosciences interiors fisheries optics photonics coatings
    composites castings forgings tooling fabrication advisors advisers transit racing bakery dynamics lithium copper nickel uranium cobalt
    partnership hub initiative monitor library gallery zoo aquarium winery distillery pharmacy homes housing casino
    advisory associates legal accountants realty rentals haulage couriers travel tours cruises coaches taxis meats seafood
    nursery pets vets dental medical mobile broadband courier echo mirror express observer guardian independent standard
    review weekly daily star assurance bancorp financial broadcasting cosmetics outfitters supermarkets restaurants retail
    magazine quarterly trustees ministries ambulance rescue brigade cathedral mosque synagogue surgery limited""".split()
)
# Names that are organisations although no organisation word says so.
KNOWN_ORGANIZATIONS = frozenset(
    [
        "kremlin", "nato", "white house", "pentagon", "downing street", "state department", "defra", "acas", "unison",
        # companies the news names by one word, which at a sentence's start tells nothing of itself ("Ryanair has cut ...")
        *"""ryanair easyjet wizz tesco sainsbury's asda morrisons aldi lidl waitrose ocado barclays natwest santander monzo revolut
        lloyds unilever nestle nestlé exxonmobil exxon chevron totalenergies toyota volkswagen nissan honda hyundai renault
        stellantis peugeot mercedes-benz volvo samsung sony nvidia uber lyft airbnb boeing airbus pfizer moderna
        astrazeneca glaxosmithkline novartis bayer siemens basf glencore vodafone jpmorgan citigroup blackrock mastercard paypal
        walmart costco kroger starbucks coca-cola pepsico adidas ikea primark lufthansa qantas heathrow gatwick
        alibaba tencent huawei xiaomi baidu foxconn rolls-royce ferrari anthropic deepmind
        shopify salesforce adobe cisco qualcomm broadcom micron lenovo nintendo ubisoft activision
        aviva axa allianz generali metlife rabobank nordea equinor aramco adnoc gazprom rosneft lukoil
        sinopec petrobras pemex bytedance spacex deliveroo eurostar whitbread greggs currys argos wetherspoon wetherspoons
        usdaw nasuwt""".split(),
        "goldman sachs", "morgan stanley", "rio tinto", "wells fargo", "deutsche bank", "credit suisse", "virgin atlantic",
        "burger king", "mcdonald's", "just eat", "federal reserve", "anglo american", "tottenham hotspur", "west australian",
        "frontex", "eurostat", "eurocontrol", "mercosur", "mencap", "samaritans", "barnardo's", "houthis",
        "united nations", "un", "u.n.", "european union", "eu", "e.u.", "bbc", "cnn", "reuters",
        "fbi", "cia", "nasa", "imf", "opec", "hamas", "hezbollah", "taliban", "congress",
        "parliament", "senate", "duma", "google", "apple", "microsoft", "amazon", "facebook",
        "twitter", "openai", "tesla", "oval office", "supreme court", "met office", "nhs", "ofcom", "ofsted", "ofwat", "ofgem", "fifa", "uefa", "labour", "conservatives", "tories", "lib dems", "liberal democrats",
        "plaid cymru", "snp", "ukip", "gop", "democrats", "republicans", "bbc news", "sky news",
        "sinn féin", "sinn fein", "fianna fáil", "fianna fail", "fine gael", "dup", "sdlp", "reform uk", "anc", "bjp", "ndp",
        "the times", "the guardian", "financial times", "wall street journal", "new york times",
        "washington post", "associated press", "dáil", "dail", "seanad", "oireachtas", "senedd", "stormont",
        "holyrood", "bundestag", "bundesrat", "knesset", "lok sabha", "rajya sabha", "sejm", "riksdag",
        "storting", "folketing", "majlis", "shura council", "national assembly", "red cross", "red crescent",
        "salvation army", "unicef", "unhcr", "oxfam", "interpol", "europol", "world bank",
        "médecins sans frontières", "medecins sans frontieres", "doctors without borders", "msf", "islamic relief",
        "amnesty international", "human rights watch", "greenpeace", "boko haram", "al-shabaab", "islamic state",
    ]
)

# Plural nouns that end a team's name ("Shannon Wolves", "Arima Warriors", "Chicago Bears"): an
# organisation, though a first name may open it.
TEAM_WORDS = frozenset(
    """wolves warriors tigers lions bears eagles giants knights rangers rovers wanderers blues reds saints
    sharks dragons bulls chiefs crusaders hurricanes highlanders stormers falcons hawks panthers jaguars
    raiders packers patriots cowboys steelers broncos dolphins titans colts ravens bengals chargers lakers
    celtics knicks bucks spurs pistons pacers cavaliers rockets clippers mariners yankees dodgers cubs
    astros braves mets orioles padres canucks canadiens bruins flyers penguins oilers flames blackhawks
    predators kraken coyotes leafs gunners magpies hammers toffees villans foxes seagulls cherries hornets
    baggies owls blades robins bees canaries trotters strikers stars united""".split()
)

# Nouns after a body's name that say what kind of body it is: "the Cedar Island Ferry Riders group
# posted", "the Lakeshore Transit Partners consortium, said".
COLLECTIVE_NOUNS = frozenset("group consortium coalition alliance campaign network collective movement partnership club charity society foundation association".split())

# Bodies whose names hold words the capitals alone do not join ("the", "for", a number), found as
# written: "Save the Children said", "Number 10 said".
KNOWN_ORGANIZATIONS_AS_WRITTEN = (
    "Save the Children", "Friends of the Earth", "Health and Safety Executive", "Action for Children", "Transport for London", "Transport for Wales",
    "Transport for Greater Manchester", "Transport for NSW", "Doctors of the World", "Number 10",
    "Channel 4 News", "Channel 4", "Channel 5 News", "Channel 5", "BBC Radio 4", "Radio 4", "BBC Radio 5 Live", "Radio 5 Live",
)

# Countries, major cities and regions. A name not listed here is still found as a place from
# its context ("in Kyiv", "the Kharkiv region").
PLACES = frozenset(
    line.strip().lower()
    for line in """
    afghanistan|albania|algeria|andorra|angola|argentina|armenia|australia|austria|azerbaijan
    bahamas|bahrain|bangladesh|barbados|belarus|belgium|belize|benin|bhutan|bolivia|bosnia
    botswana|brazil|brunei|bulgaria|burkina faso|burundi|cambodia|cameroon|canada|chad|chile
    china|colombia|congo|costa rica|croatia|cuba|cyprus|czech republic|czechia|denmark|djibouti
    dominican republic|ecuador|egypt|el salvador|eritrea|estonia|eswatini|ethiopia|fiji|finland
    france|gabon|gambia|georgia|germany|ghana|greece|guatemala|guinea|guyana|haiti|honduras
    hungary|iceland|india|indonesia|iran|iraq|ireland|israel|italy|ivory coast|jamaica|japan
    jordan|kazakhstan|kenya|kosovo|kuwait|kyrgyzstan|laos|latvia|lebanon|lesotho|liberia|libya
    liechtenstein|lithuania|luxembourg|madagascar|malawi|malaysia|maldives|mali|malta|mauritania
    mauritius|mexico|moldova|monaco|mongolia|montenegro|morocco|mozambique|myanmar|namibia|nepal
    netherlands|new zealand|nicaragua|niger|nigeria|north korea|north macedonia|norway|oman
    pakistan|palestine|panama|papua new guinea|paraguay|peru|philippines|poland|portugal|qatar
    romania|russia|rwanda|saudi arabia|senegal|serbia|sierra leone|singapore|slovakia|slovenia
    somalia|south africa|south korea|south sudan|spain|sri lanka|sudan|suriname|sweden
    switzerland|syria|taiwan|tajikistan|tanzania|thailand|togo|tunisia|turkey|turkmenistan
    uganda|ukraine|united arab emirates|uae|united kingdom|uk|u.k.|britain|great britain|england
    scotland|wales|northern ireland|united states|us|u.s.|usa|america|uruguay|uzbekistan
    venezuela|vietnam|yemen|zambia|zimbabwe|greenland|hong kong|macau|puerto rico|tibet
    crimea|donbas|donbass|gaza|west bank|kashmir|chechnya|siberia|kurdistan|catalonia|xinjiang
    europe|asia|africa|antarctica|oceania|latin america|south america|north america
    middle east|balkans|baltics|caucasus|scandinavia|arctic|pacific|atlantic|mediterranean
    washington|new york|london|paris|berlin|moscow|kyiv|kiev|beijing|tokyo|delhi|new delhi
    mumbai|rome|madrid|brussels|vienna|warsaw|prague|budapest|bucharest|sofia|athens|ankara
    istanbul|tehran|baghdad|damascus|beirut|jerusalem|tel aviv|cairo|riyadh|dubai|doha|kabul
    islamabad|karachi|lahore|dhaka|bangkok|hanoi|manila|jakarta|seoul|pyongyang|taipei
    shanghai|sydney|melbourne|toronto|ottawa|montreal|vancouver|mexico city|havana|caracas
    bogota|lima|santiago|buenos aires|brasilia|rio de janeiro|sao paulo|lagos|nairobi
    johannesburg|cape town|addis ababa|khartoum|tripoli|tunis|algiers|rabat|minsk|vilnius|riga
    tallinn|helsinki|stockholm|oslo|copenhagen|amsterdam|the hague|dublin|edinburgh|cardiff
    belfast|manchester|birmingham|liverpool|glasgow|leeds|bristol|geneva|zurich|munich
    frankfurt|hamburg|milan|naples|barcelona|lisbon|st petersburg|st. petersburg|odesa|odessa
    kharkiv|lviv|dnipro|zaporizhzhia|donetsk|luhansk|mariupol|kherson|bakhmut|sumy|belgorod
    kursk|chicago|los angeles|san francisco|boston|houston|dallas|miami|atlanta|seattle
    philadelphia|detroit|denver|phoenix|las vegas|new orleans|california|texas|florida
    alabama|alaska|arizona|arkansas|colorado|connecticut|delaware|hawaii|idaho|illinois
    indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota
    mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico
    north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island
    south carolina|south dakota|tennessee|utah|vermont|virginia|west virginia|wisconsin|wyoming
    queensland|new south wales|tasmania|western australia|south australia|northern territory|ontario|quebec
    british columbia|alberta|manitoba|saskatchewan|nova scotia|new brunswick|newfoundland|yukon|kerala|tamil nadu
    karnataka|maharashtra|gujarat|punjab|bihar|uttar pradesh|west bengal|rajasthan|assam|odisha|telangana
    andhra pradesh|madhya pradesh|haryana|jharkhand|chhattisgarh|goa|sindh|balochistan|khyber pakhtunkhwa|kano|abuja
    sichuan|guangdong|hubei|yunnan|zhejiang|jiangsu|fujian|henan|shandong|bavaria|saxony|andalusia|lombardy|sicily
    sardinia|corsica|brittany|normandy|flanders|wallonia|sabah|sarawak|selangor|johor|penang|mindanao|luzon|visayas
    sumatra|borneo|hokkaido|okinawa|kyushu|auckland|wellington|canterbury|otago|gauteng|kwazulu-natal|western cape
    eastern cape|limpopo|mpumalanga|cornwall|yorkshire|lancashire|merseyside
    """.replace("|", "\n").splitlines()
    if line.strip()
)

# US states as the AP stylebook abbreviates them after a town ("Hicksville, N.Y.", "Fresno,
# Calif."). Many are names or words of their own ("Mo", "Del", "Mass"): a state's only after a town.
US_STATE_ABBREVIATIONS = frozenset(
    """Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Kans. Ky. La. Md. Mass. Mich. Minn.
    Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va.
    Wash. W.Va. Wis. Wyo.""".split()
)

# Words that end the name of a place: "Upper Afan Valley", "Mill Road".
PLACE_WORDS = frozenset(
    """valley river mountains mountain island islands county city town village street road avenue
    square bridge bay lake sea ocean coast hills hill province region district peninsula gulf
    strait desert forest park heights area highway motorway freeway expressway lane stadium arena boulevard drive
    terrace parkway beach springs falls creek cove harbour harbor""".split()
)
# Words that open the name of a place: "River Birim", "Lake Victoria", "Mount Kenya".
PLACE_WORDS_BEFORE = frozenset("river lake mount mt cape isle san santa santo são".split())

# Capital letters for regular expressions' character classes: ASCII, Latin-1, Latin Extended
# ("Ş" of "Şahin", "Ł" of "Łukasz", "İ" of "İstanbul"), Cyrillic and Greek.
POSSESSIVE_ENDINGS = ("’s", "'s")  # "the council’s", "Smith's"
CAPITAL_LETTERS = "A-ZÀ-ÖØ-Þ" + "".join(c for c in map(chr, range(0x100, 0x250)) if c.isupper()) + "А-ЯЁΑ-Ω"

# Adjectives of nationality: alone they are not entities ("Russian diplomats").
DEMONYMS = frozenset(
    """american british english french german russian ukrainian chinese japanese korean indian
    israeli palestinian iranian iraqi syrian turkish european african asian arab western eastern
    northern southern soviet polish italian spanish dutch swiss swedish irish scottish welsh
    canadian mexican brazilian australian saudi egyptian afghan pakistani kurdish belarusian
    georgian latvian lithuanian estonian finnish norwegian danish greek hungarian czech romanian
    bulgarian serbian croatian african-american democratic republican nigerian kenyan ghanaian
    ethiopian somali sudanese malian senegalese ivorian cameroonian ugandan tanzanian rwandan
    congolese zimbabwean zambian angolan mozambican moroccan algerian tunisian libyan lebanese
    jordanian yemeni qatari emirati kuwaiti omani bahraini bangladeshi nepali nepalese burmese thai
    vietnamese cambodian malaysian indonesian filipino singaporean taiwanese mongolian kazakh uzbek
    azerbaijani armenian portuguese belgian austrian slovak slovenian bosnian albanian moldovan
    icelandic maltese cypriot argentine argentinian chilean colombian peruvian venezuelan
    ecuadorian bolivian paraguayan uruguayan cuban haitian jamaican guatemalan honduran salvadoran
    nicaraguan panamanian fijian samoan tongan""".split()
)
# Nouns for a person of a nation ("the Spaniard said", "Dutchman Max Verstappen"): a description,
# never a name, as the adjectives above, most of which serve as such nouns too ("the Australian").
NATIONALITY_NOUNS = frozenset(
    """spaniard spaniards serb serbs croat croats dutchman dutchwoman frenchman frenchwoman
    englishman englishwoman scot scots scotsman scotswoman welshman welshwoman irishman irishwoman
    briton britons swede swedes dane danes finn finns pole poles turk turks swiss argentine
    argentinian portuguese belgian austrian chilean colombian peruvian venezuelan cuban jamaican
    nigerian kenyan ghanaian ethiopian south-african new-zealander kiwi aussie yank eritrean namibian botswanan motswana
    trinidadian barbadian bahamian guyanese lankan texan glaswegian mancunian liverpudlian scouser cornishman
    cornishwoman yorkshireman yorkshirewoman melburnian sydneysider torontonian aberdonian capetonian brummie""".split()
)

# Reporting verbs, as lemma -> surface forms in every tense used in news prose.
# Speech verbs after a name's "’s" that make it part of the name, no possessive ("Sainsbury’s
# said"): none of them a noun or an adjective ("Putin’s remarks", "Senthil’s repeated refrain")
VERBS_NO_POSSESSIVE_PRECEDES = frozenset("said says told tells added adds warned warns wrote writes".split())
SPEECH_VERBS = frozenset(
    """say says said saying tell tells told telling state states stated stating remark remarks
    remarked note notes noted noting explain explains explained explaining add adds added adding
    argue argues argued arguing write writes wrote written mention mentions mentioned reply
    replies replied insist insists insisted warn warns warned claim claims claimed declare
    declares declared announce announces announced acknowledge acknowledges acknowledged admit
    admits admitted ask asks asked answer answers answered assert asserts asserted comment
    comments commented confirm confirms confirmed contend contends contended continue continues
    continued describe describes described emphasise emphasises emphasised emphasize emphasizes
    emphasized observe observes observed predict predicts predicted promise promises promised
    recall recalls recalled report reports reported respond responds responded reveal reveals
    revealed stress stresses stressed suggest suggests suggested urge urges urged vow vows vowed
    concede concedes conceded complain complains complained agree agrees agreed joke jokes joked
    tweet tweets tweeted post posts posted shout shouts shouted whisper whispers whispered
    exclaim exclaimed cautioned cautions caution maintain maintains maintained notify notifies notified inform informs
    informed indicate indicates indicated express expresses expressed posit posits posited
    added recount recounts recounted testify testifies testified pressed
    remarking mentioning replying insisting warning claiming declaring announcing acknowledging
    admitting answering asserting commenting confirming contending describing emphasising
    emphasizing observing predicting promising recalling reporting responding revealing
    stressing suggesting urging vowing conceding complaining joking tweeting writing
    maintaining indicating expressing cautioning testifying email emails emailed emailing texted frets fretted
    messaged laughed quip quips quipped retort retorts retorted boast boasts boasted scoff scoffs
    scoffed lament laments lamented mused countered reiterate reiterates reiterated pleaded
    demanded thundered gushed forecast forecasts forecasted remind reminds reminded reminding laughs smiles
    smiled repeated repeats sighed snapped fumed fumes assure assures assured assuring reassured
    reassuring mutters muttered murmurs murmured mumbled grumbles grumbled heckled interjects interjected interrupts interrupted
    quipping boasting lamenting pleading reiterating retorting scoffing musing countering repeating muttering murmuring
    reflected affirmed elaborated begged yelled screamed enthused bragged moaned objected hinted underlined
    underscored opined ventured deadpanned teased chuckled cabled radioed highlighted speculated surmised reasoned reckoned
    disclosed divulged signalled signaled implied clarified clarifies
    snaps sighs yells screams begs moans gushes thunders chuckles deadpans muses enthuses brags pleads
    reflects affirms elaborates opines underlines underscores exclaims""".split()  # (the present of reviews: "Tim snaps")
)
# Verbs reporting a judgement, a pledge, advice or a citation, which quote the speaker's words ("he
# accused the government of a "cheap gesture""): speech for quotes, but too often said of
# organisations ("Vodafone welcomed the ruling") to make a name a person's. Inflected forms only:
# the bare ones are mostly nouns in news ("an election pledge", "a warm welcome").
JUDGEMENT_VERBS = frozenset(
    """accuses accused accusing criticises criticised criticising criticizes criticized
    criticizing condemns condemned condemning praises praised praising welcomes welcomed welcoming
    dismisses dismissed dismissing brands branded branding labels labelled labeled labelling
    labeling calls called calling blames blamed blaming mocks mocked mocking rejects rejected
    rejecting denies denied denying hails hailed hailing slams slammed slamming defends defended
    defending assails assailed assailing pledges pledged pledging cites cited citing advises
    advised advising concludes concluded termed terms terming alleges alleged alleging estimated estimates
    blasts blasted blasting lambasts lambasted lambasting derides derided deriding decries decried
    decrying denounces denounced denouncing ridicules ridiculed ridiculing apologised apologized
    apologising apologizing thanked thanking attributes attributed attributing""".split()
)
# Verbs whose object is who was spoken to or about ("told BBC Sport", "accused Mr X"): the name
# after them is not the speaker.
OBJECT_SPEECH_VERBS = JUDGEMENT_VERBS | frozenset(
    "tell tells told telling inform informs informed notify notifies notified ask asks asked urge urges urged warn warns warned describe describes described".split()
)
# Bare forms that, right after a name, are nouns far more often than verbs: "the Tomlinson
# report", "a Trump tweet".
NOUN_LIKE_SPEECH_VERBS = frozenset("report comment claim answer reply note post tweet promise".split())
# Multi-word reporting phrases whose last word is listed here, e.g. "pointed out".
SPEECH_PARTICLES = {
    "pointed": "out", "points": "out", "point": "out", "went": "on", "goes": "on",
    **dict.fromkeys(("shot", "shoots", "fired", "fires", "hit", "hits"), "back"),  # "Ruiz shot back"
    **dict.fromkeys(("put", "puts"), "it"),  # "as she puts it – “last, but not drowned”"
    **dict.fromkeys(("cut", "cuts", "broke", "breaks", "chimed", "chimes"), "in"),  # "Okafor cut in": a speaker interrupting
    **dict.fromkeys(("appealed", "appeals"), "to"),  # "He appealed to the assembly to provide “...”" (not "appealed the ruling")
}



def _first_names(kind: str) -> frozenset[str]:
    """The given names of briefing/data/first-names-KIND.txt (lower case, without accents).
    (Read beside this file: importlib.resources would add 50 ms to `briefing analyze`.)"""
    text = (_DATA / f"first-names-{kind}.txt").read_text(encoding="utf-8")
    return frozenset(line for line in text.split("\n") if line and not line.startswith("#"))


# Given names borne overwhelmingly by women or by men (names given to both are in neither): the
# gender "she" or "he" can stand for, when no title gives it.
FEMALE_FIRST_NAMES = _first_names("female")
MALE_FIRST_NAMES = _first_names("male")
# Capitalised only because they open a sentence: never the first word of a name.
SENTENCE_OPENERS = frozenset(
    """a an the this that these those there here it its he she they we i you his her their our
    meanwhile however but and or so yet also still now then today yesterday tomorrow tonight last late early
    next earlier later after before although though while when where whether if as at by for from
    in into on onto of off over under with without within during despite since until unless upon
    according asked speaking writing reacting responding commenting addressing referring welcoming
    defending announcing explaining describing concluding continuing some many most several other others both each every all any
    such even thus instead indeed unfortunately fortunately naturally shortly nevertheless
    moreover furthermore overall elsewhere separately similarly likewise finally first second
    third one two three four five six seven eight nine ten experts officials analysts critics
    supporters residents does did is are was were has have had should would could through members
    everyone everybody someone somebody nobody no-one nearby afterwards afterward thereafter otherwise
    therefore hence perhaps maybe again already eventually ultimately originally initially currently
    recently previously subsequently consequently additionally apparently clearly sadly luckily
    surprisingly interestingly notably importantly specifically fellow
    leave let thank give help blame forgive""".split()  # imperatives opening quoted speech: "Leave Maureen alone"
)

# Given names across languages: with them, an unknown two-word name is taken as a person's.
FIRST_NAMES = FEMALE_FIRST_NAMES | MALE_FIRST_NAMES | _first_names("unisex")

# The country a demonym names, to tell "the Russian leader" from "the American president".
DEMONYM_COUNTRIES: dict[str, frozenset[str]] = {
    demonym: frozenset(names.split("|"))
    for demonym, names in {
        "afghan": "afghanistan", "american": "america|united states|u.s.|usa", "australian": "australia",
        "belarusian": "belarus", "brazilian": "brazil", "british": "britain|uk|u.k.|united kingdom",
        "bulgarian": "bulgaria", "canadian": "canada", "chinese": "china", "croatian": "croatia",
        "czech": "czech republic|czechia", "danish": "denmark", "dutch": "netherlands", "egyptian": "egypt",
        "english": "england", "estonian": "estonia", "finnish": "finland", "french": "france",
        "georgian": "georgia", "german": "germany", "greek": "greece", "hungarian": "hungary",
        "indian": "india", "iranian": "iran", "iraqi": "iraq", "irish": "ireland", "israeli": "israel",
        "italian": "italy", "japanese": "japan", "korean": "korea|south korea|north korea",
        "latvian": "latvia", "lithuanian": "lithuania", "mexican": "mexico", "norwegian": "norway",
        "pakistani": "pakistan", "palestinian": "palestine", "polish": "poland", "romanian": "romania",
        "russian": "russia", "saudi": "saudi arabia", "scottish": "scotland", "serbian": "serbia",
        "spanish": "spain", "swedish": "sweden", "swiss": "switzerland", "syrian": "syria",
        "turkish": "turkey", "ukrainian": "ukraine", "welsh": "wales",
        # Africa, Asia, the Americas and the Middle East
        "philippine": "philippines", "filipino": "philippines", "vietnamese": "vietnam|viet nam",
        "somali": "somalia", "kenyan": "kenya", "nigerian": "nigeria", "ghanaian": "ghana",
        "zimbabwean": "zimbabwe", "malaysian": "malaysia", "singaporean": "singapore",
        "indonesian": "indonesia", "thai": "thailand", "cambodian": "cambodia", "burmese": "myanmar|burma",
        "bangladeshi": "bangladesh", "nepali": "nepal", "nepalese": "nepal", "lebanese": "lebanon",
        "jordanian": "jordan", "emirati": "uae|united arab emirates", "qatari": "qatar", "omani": "oman",
        "yemeni": "yemen", "libyan": "libya", "tunisian": "tunisia", "algerian": "algeria",
        "moroccan": "morocco", "sudanese": "sudan", "ethiopian": "ethiopia", "eritrean": "eritrea",
        "ugandan": "uganda", "tanzanian": "tanzania", "rwandan": "rwanda", "congolese": "congo|drc",
        "angolan": "angola", "zambian": "zambia", "malawian": "malawi", "mozambican": "mozambique",
        "namibian": "namibia", "chilean": "chile", "peruvian": "peru", "bolivian": "bolivia",
        "paraguayan": "paraguay", "uruguayan": "uruguay", "venezuelan": "venezuela",
        "colombian": "colombia", "ecuadorian": "ecuador", "cuban": "cuba", "haitian": "haiti",
        "jamaican": "jamaica", "guatemalan": "guatemala", "honduran": "honduras",
        "salvadoran": "el salvador", "nicaraguan": "nicaragua", "panamanian": "panama",
        "argentine": "argentina", "argentinian": "argentina", "taiwanese": "taiwan", "mongolian": "mongolia",
        "kazakh": "kazakhstan", "uzbek": "uzbekistan", "armenian": "armenia", "azerbaijani": "azerbaijan",
        "austrian": "austria", "belgian": "belgium", "portuguese": "portugal", "slovak": "slovakia",
        "slovenian": "slovenia", "bosnian": "bosnia", "albanian": "albania", "moldovan": "moldova",
        "cypriot": "cyprus", "maltese": "malta", "icelandic": "iceland", "new zealand": "new zealand",
        "sri lankan": "sri lanka", "south african": "south africa",
    }.items()
}


# First words of a nation's name of two, before the word for its people: "the South African", "the New Zealander"
NATION_FIRST_WORDS = frozenset("south north new sri costa puerto east west".split())


def people_of_a_nation(lowered: list[str]) -> bool:
    """Whether lower-case words name someone of a nation, of two words: "south african", "new zealander"."""
    return len(lowered) == 2 and lowered[0] in NATION_FIRST_WORDS and " ".join(lowered) not in KNOWN_ORGANIZATIONS and (
        lowered[1] in DEMONYMS or lowered[1] in NATIONALITY_NOUNS or of_a_place(lowered[1])
    )  # (not a newspaper so named: "The West Australian said")


def of_a_place(word: str) -> bool:
    """Whether a lower-case word names someone from a place: "londoner", "dubliner", "parisian"
    (of a place the lists know), "queenslander", "islander"."""
    return (word.endswith("er") and word[:-2] in PLACES) or (word.endswith("ian") and word[:-3] in PLACES) or word.endswith("lander")
