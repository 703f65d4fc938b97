"""The fake's vocabulary, and deterministic draws from it.

Everything the fake generates (posts, comments, profiles, patterns, result rows) is drawn
from ``rng(...)`` seeded with ids and search parameters, never from global randomness: the
same ids and the same search give the same data in every fake, on every machine.
"""

from __future__ import annotations

import hashlib
import random


def rng(*parts: object) -> random.Random:
    """A random generator seeded by ``parts`` (ids, queries, indexes)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode()).digest()
    # Not for secrets: test data that must come out the same every time.
    return random.Random(int.from_bytes(digest[:8], "big"))  # noqa: S311


def digest(*parts: object, size: int = 24) -> str:
    """A stable hex id fragment for ``parts``."""
    return hashlib.sha256("\x1f".join(map(str, parts)).encode()).hexdigest()[:size]


_HANDLE_FIRST = (
    "sip", "brew", "bean", "roast", "latte", "mocha", "crema", "drip", "pour", "grind",
    "steam", "foam", "cold", "iced", "morning", "daily", "urban", "slow", "happy", "tiny",
)  # fmt: skip
_HANDLE_SECOND = (
    "daily", "nerd", "notes", "club", "lab", "house", "hq", "life", "crew", "diaries",
    "addict", "talk", "works", "corner", "fix", "guru",
)  # fmt: skip


def handle(index: int) -> str:
    """The ``index``-th username of a platform's pool (``sipdaily``, ``brewnerd``, ...)."""
    first = _HANDLE_FIRST[index % len(_HANDLE_FIRST)]
    second = _HANDLE_SECOND[(index // len(_HANDLE_FIRST)) % len(_HANDLE_SECOND)]
    round_ = index // (len(_HANDLE_FIRST) * len(_HANDLE_SECOND))
    return f"{first}{second}{round_ if round_ else ''}"


FIRST_NAMES = (
    "Dana", "Sam", "Alex", "Riley", "Jordan", "Casey", "Morgan", "Jamie", "Avery", "Quinn",
    "Taylor", "Robin", "Charlie", "Emery", "Parker", "Rowan",
)  # fmt: skip
LAST_NAMES = (
    "Rivera", "Chen", "Okafor", "Novak", "Silva", "Haddad", "Larsen", "Kim", "Moreau",
    "Patel", "Schmidt", "Tanaka", "Walsh", "Costa",
)  # fmt: skip
COMPANIES = (
    ("Example Roasters", "example-roasters.com"), ("Brightcup", "brightcup.io"),
    ("Northwind Foods", "northwindfoods.com"), ("Contoso Retail", "contoso-retail.com"),
    ("Fabrikam Labs", "fabrikam.dev"), ("Tailspin Coffee", "tailspin.coffee"),
    ("Lakeside Goods", "lakesidegoods.com"), ("Bluefin Media", "bluefin.media"),
)  # fmt: skip
JOB_TITLES = (
    "Head of Marketing", "Brand Manager", "Growth Lead", "Category Buyer", "Founder",
    "Operations Director", "E-commerce Manager", "Procurement Specialist",
)  # fmt: skip
INTENT_TOPICS = (
    "cold brew equipment",
    "coffee subscriptions",
    "wholesale beans",
    "espresso machines",
)

# Posts
TOPICS = (
    "coffee", "cold brew", "nitro", "recipes", "caffeine", "oat milk", "espresso",
    "home brewing", "cafes", "sustainability",
)  # fmt: skip
KEYWORDS = ("nitro", "oat milk", "ice", "recipe", "sweet", "bitter", "cheap", "strong")
HOOKS = (
    "you're missing out", "stop doing this", "I tried it for a week", "nobody tells you this",
    "the secret is simple",
)  # fmt: skip
CTAS = ("link in bio", "comment below", "follow for more", "subscribe")
TONES = ("casual", "enthusiastic", "informative", "humorous", "critical")
INTENTIONS = ("share_experience", "ask_question", "promote", "inform", "entertain", "complain")
CATEGORIES = ("lifestyle", "food & drink", "education", "entertainment", "business")
NARRATIVES = ("problem-solution", "listicle", "story", "tutorial", "review")
BRANDS = ("Stumptown", "Blue Bottle", "Starbucks", "Chameleon", "La Colombe", "Nespresso")
EMOTIONS = ("joy", "sadness", "anger", "fear", "surprise", "disgust", "neutral")
TITLES = (
    "How to make perfect {q}", "{q}: what I learned in a month", "Is {q} worth it?",
    "My {q} setup, finally", "The truth about {q}", "{q} on a budget",
)  # fmt: skip
SENTENCES = (
    "Nobody tells you that {k} changes everything.", "I switched to {k} and never looked back.",
    "Tried {k} today, honestly not sure.", "Why does everyone talk about {k}?",
    "Pro tip: {k} works better than you think.",
)  # fmt: skip
QUESTIONS = ("Is it worth the price?", "How long does it keep?", "What ratio do you use?")
COMMENTS = (
    "So true!",
    "Trying this tomorrow.",
    "Not for me.",
    "What beans do you use?",
    "Same here.",
)

# Places: (ISO code, country as stored on profiles, a city, a language)
PLACES = (
    ("US", "United States", "Brooklyn", "en"), ("US", "United States", "Austin", "en"),
    ("GB", "United Kingdom", "London", "en"), ("CA", "Canada", "Toronto", "en"),
    ("AU", "Australia", "Melbourne", "en"), ("DE", "Germany", "Berlin", "de"),
    ("FR", "France", "Paris", "fr"),
)  # fmt: skip

# Profiles
NICHES = ("coffee", "lifestyle", "food", "fitness", "travel", "tech", "parenting")
INTEREST_CLUSTERS = (
    "specialty coffee", "third-wave roasters", "home baristas", "budget living",
    "wellness routines", "productivity",
)  # fmt: skip
AESTHETICS = ("minimalist", "cozy", "bold", "vintage", "playful")
CADENCES = ("daily", "weekly", "monthly", "sporadic")
OCCUPATIONS = (
    ("barista", "food & beverage"), ("designer", "creative"), ("student", "education"),
    ("engineer", "technology"), ("chef", "hospitality"), ("marketer", "marketing"),
)  # fmt: skip
# Creator tiers in order, with the follower count each starts at (inferred; the page's
# own example has 142,000 followers and says `micro`).
TIERS = (
    ("nano", 0),
    ("micro", 10_000),
    ("mid", 250_000),
    ("macro", 1_000_000),
    ("mega", 5_000_000),
)
TIER_RANK = {name: rank for rank, (name, _) in enumerate(TIERS)}


def tier(followers: int) -> str:
    """The creator tier of an account with ``followers``."""
    return [name for name, start in TIERS if followers >= start][-1]


# AudienceLab members (UPPER_CASE rows): US places (city, state, ZIP), and the rest
US_PLACES = (
    ("New York", "NY", "10001"), ("Brooklyn", "NY", "11201"), ("San Francisco", "CA", "94103"),
    ("Los Angeles", "CA", "90012"), ("Austin", "TX", "78701"), ("Chicago", "IL", "60601"),
    ("Seattle", "WA", "98101"), ("Miami", "FL", "33101"), ("Denver", "CO", "80202"),
    ("Boston", "MA", "02108"),
)  # fmt: skip
INDUSTRIES = (
    "Software Development", "Food & Beverages", "Retail", "Marketing Services",
    "Hospitality", "Financial Services",
)  # fmt: skip
SENIORITIES = ("Entry", "Senior", "Manager", "Director", "VP", "CXO")
GENDERS = ("F", "M")
AGE_RANGES = ((18, 24), (25, 34), (35, 44), (45, 54), (55, 64), (65, 99))
