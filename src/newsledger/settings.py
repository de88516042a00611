"""Every tunable of newsledger in one place, each with the reason for its value.

Code reads these constants instead of writing numbers inline; an environment variable overrides the few that an
operator may want to change without editing code.
"""

from __future__ import annotations

import os

# --- input checks --------------------------------------------------------------------------------------------
# The longest wire stories are ~30 kB of text; HTML pages with inline scripts reach a few MB.  Anything past
# 10 MB is almost certainly not one article (a dump, a PDF, a log) and would take minutes in the parser.
MAX_INPUT_BYTES = int(os.environ.get("NEWSLEDGER_MAX_BYTES", 10 * 1024 * 1024))

# A text document has no NUL bytes and very few other control characters; 1% tolerates stray form feeds.
MAX_CONTROL_CHAR_RATIO = 0.01

# English running text has 35-50% of its tokens among the 150 most common English function words; French,
# Spanish or German news measured with the same list stays under 8%.  Between the two sits a wide, safe gap.
MIN_ENGLISH_STOPWORD_RATIO = 0.18
# Under this many words the ratio is too noisy to call a language; the text is accepted as it is.
MIN_WORDS_FOR_LANGUAGE_CHECK = 25
# Letters outside the Latin script: above this share the text is not English (Arabic, Cyrillic, CJK ...).
MAX_NON_LATIN_LETTER_RATIO = 0.30

# --- cleaning ------------------------------------------------------------------------------------------------
# A line this short (in words) with no sentence punctuation between paragraphs is a subhead, not a caption.
MAX_SUBHEAD_WORDS = 10
# Photo captions are one or two sentences; a block longer than this is body text even with a credit in it.
MAX_CAPTION_WORDS = 60
# A title is a single headline line of this many words.
MIN_TITLE_WORDS = 3
MAX_TITLE_WORDS = 30
# Lines this wide that end mid-sentence are hard wraps of one paragraph and are joined.
HARD_WRAP_MIN_CHARS = 55
# ...but only in a text whose longest line is no wider than this (one paragraph per line is far wider).
HARD_WRAP_MAX_WIDTH = 100

# --- entities ------------------------------------------------------------------------------------------------
# spaCy's small model gives no per-entity score, so confidence is set by the evidence behind an entity.
CONFIDENCE_NER_ONLY = 0.6  # one NER mention and nothing else
CONFIDENCE_NER_REPEATED = 0.75  # NER found it more than once
CONFIDENCE_GAZETTEER = 0.9  # NER (or a rule) plus a gazetteer or an in-text definition agree

# --- places ------------------------------------------------------------------------------------------------
# Place resolution adds these to a candidate's log10(population) (see extract/geo.py).  A country named in the
# article outweighs a population 1,000 times larger elsewhere ("Tripoli" in a Lebanon story); a qualifier
# written after the name ("Paris, Texas") outweighs everything but a contradicting qualifier.
GEO_WEIGHT_COUNTRY_IN_ARTICLE = 3.0
GEO_WEIGHT_DATELINE_COUNTRY = 2.0
GEO_WEIGHT_STATE_IN_ARTICLE = 3.0
GEO_WEIGHT_COUNTRY_OR_REGION = 2.0
GEO_WEIGHT_DIVISION = 1.0
# A city international bodies sit in (data/venues.tsv): enough to beat a small namesake in a country the article
# names (Geneva, Ohio, in a Sudan story naming the U.S.), not one in a state it names.
GEO_WEIGHT_VENUE = 3.0
GEO_WEIGHT_QUALIFIER = 6.0
# Where the source reports from (Article.home): its country a little, its state as much as a state the article
# names, so that "Paris" in the Paris, Texas paper is Paris, Texas, and "Paris, France" there still France.
# Chosen on LGL's even (tuning) half: country 1 and state 3 beat 0/3, 1/2, 2/4 and 1/5 there.
GEO_WEIGHT_HOME_COUNTRY = 1.0
GEO_WEIGHT_HOME_STATE = 3.0
# A source's home is learned from its stored articles (corpus/homes.py) when a country, and then a state in
# it, is named in at least this many of them and this share.  On LGL's even half a share of 0.4 or 0.5
# learned too few homes (0.858, 0.846 against 0.867); 0.2 did a little better there (0.870, 8 toponyms more),
# but a wire service would then get a state from one story in five, so 0.3 is kept.
HOME_MIN_ARTICLES = 2
HOME_MIN_SHARE = 0.3
# Only a source's latest articles teach its home: enough to agree on, and a moved or widened beat shows.
HOME_LEARN_ARTICLES = 200
# Taken off a candidate that has the name only as an alternate when another place is called so outright.
GEO_ALTERNATE_NAME_PENALTY = 3.0
# Added per other toponym of the article that has a reading within GEO_NEARBY_KM (up to GEO_NEARBY_CAP of
# them); names with more than GEO_NEARBY_MAX_READINGS readings ("Springfield") lend no weight.
GEO_WEIGHT_NEARBY = 2.0
GEO_NEARBY_KM = 100.0
GEO_NEARBY_CAP = 1.0
GEO_NEARBY_MAX_READINGS = 40
# A name with n readings lends n ** -exponent of a vote (0: every name a full vote).
GEO_NEARBY_AMBIGUITY_EXPONENT = 0.25
# GeoNames' populated places of 1,000 people or more (~170,000): towns in the news are often small.
GEO_MIN_CITY_POPULATION = 500
# "the village of Bratske in the Dnipropetrovsk region": when no reading of the name lies within this distance
# of the division the text puts it in, the place is put at the division's middle (a village too small for the
# gazetteer), not at a namesake elsewhere.  Oblasts and provinces are up to ~400 km across.
GEO_QUALIFIER_REGION_KM = 200.0
# In a story filed from one country, a town smaller than this in a country the story never names otherwise is no
# reading of a name ("the Lala camp" in an Ituri story is not Lala, India, 11,771 people): left unresolved.
GEO_FOREIGN_TOWN_MAX_POPULATION = 50_000
# The same for a town that has the name only as an alternate ("Bui" is an alternate name of Bowie, Maryland, 58,025
# people): a city this large is still read by its exonym ("Bombay") wherever the story is filed.
GEO_FOREIGN_ALIAS_MAX_POPULATION = 500_000
# Alternate names (exonyms, old spellings) are indexed for places this large.
GEO_ALTERNATE_NAMES_MIN_POPULATION = 15000

# --- corpus ------------------------------------------------------------------------------------------------
# Reports of one strike or meeting are dated by each outlet from its own day ("overnight", "on Tuesday"), so
# the same event's dates differ by a day or two across articles; a week apart is another event.
EVENT_DEDUP_DAYS = 2

# --- ingestion ------------------------------------------------------------------------------------------------
# Articles parsed together in one nlp.pipe call.  spaCy's own speed gain flattens out past ~16 news articles
# (each is already hundreds of tokens), while a bigger batch delays the first write and the progress bar.
INGEST_BATCH_SIZE = 16
# Batches queued per worker process: two keep a worker busy while the main process writes the previous one,
# more only hold memory.
BATCHES_IN_FLIGHT_PER_WORKER = 2
# Articles handed to Ray Data at once.  Each chunk is one dataset (one actor pool start, ~5 s of model loading
# per actor), so chunks are large; a bounded size keeps a huge archive from being held in memory whole.
RAY_CHUNK_ARTICLES = 4096

# --- HTTP API -----------------------------------------------------------------------------------------------------
# A posted article is one JSON object holding the article; the input limit plus room for JSON escaping
# (every quote mark and newline doubles) is the most a legitimate request needs.
MAX_REQUEST_BYTES = 2 * MAX_INPUT_BYTES + 64 * 1024
# Page size of list endpoints: the default, and the most one request may ask for.
API_PAGE_SIZE = 50
API_MAX_PAGE_SIZE = 500

# --- dates ----------------------------------------------------------------------------------------------------
# "Two days later" counts from the last day named before it if that is at most this many characters back
# (about two paragraphs of wire copy); further back, the narrative has usually moved on.
DATE_ANCHOR_CHARS = 600

# --- events -------------------------------------------------------------------------------------------------------
# An incident told again ("wounded in the strike on the ministry building") takes the date of the last incident
# told before it in its paragraph or the one before; an earlier incident of the same actor or the same kind
# ("Israel struck the defence ministry ...") is looked for this many paragraphs back (wire copy tells the
# background in between).
TOLD_AGAIN_SAME_KIND_PARAGRAPHS = 3
