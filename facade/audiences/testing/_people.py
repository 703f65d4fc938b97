"""The people behind posts: who an audience run collects, and what their profiles say.

An audience run reads its source dataset as it stood when the run was created: the posts
of every completed run, deduped by ``(source, post id)``, newest first, the top 2000; it
walks each post's author, then its commenters (when the run that saw the post collected
comments), and keeps the first ``target_profile_count`` distinct ``(source, username)``.
A small dataset yields fewer, and ``profile_count`` says so.

A person's profile is drawn from ``(source, username)`` alone: the same account looks the
same in every run. Inferred for the fake: creator tiers by follower count
(``_words.TIERS``), and which fields are LLM-derived (null until the run's
``analyze_profiles`` step): everything but the platform's own account data.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from audiences.testing import _words as words
from audiences.testing._corpus import observed_at, sightings
from audiences.testing._rows import AudienceRunRow

MAX_POSTS = 2000


@attrs.frozen
class Person:
    """One platform account with everything a profile can say about it."""

    source: str
    username: str
    platform: dict[str, Any]  # the account data the platform gives
    enriched: dict[str, Any]  # the LLM-derived layer

    @property
    def key(self) -> tuple[str, str]:
        """``(source, username)``: what makes two profiles the same person."""
        return (self.source, self.username)


@functools.lru_cache(maxsize=8192)
def person(source: str, username: str) -> Person:
    """The account ``username`` on ``source``."""
    rng = words.rng("person", source, username)
    followers = int(10 ** rng.uniform(1.5, 7.0))
    first, last = rng.choice(words.FIRST_NAMES), rng.choice(words.LAST_NAMES)
    code, country, city, language = rng.choice(words.PLACES)
    occupation, industry = rng.choice(words.OCCUPATIONS)
    niches = sorted(set(rng.sample(words.NICHES, rng.randrange(1, 3))))
    authenticity = rng.randrange(20, 100)
    platform = {
        "display_name": f"{first} {last}",
        "avatar": {
            "url": f"https://cdn.example.com/avatars/{source}/{username}.jpg",
            "width": 200,
            "height": 200,
        },
        "bio": f"{niches[0].capitalize()} notes from {city}.",
        "external_link": f"https://{username}.example.com" if rng.random() < 0.4 else None,
        "is_verified": followers > 500_000 and rng.random() < 0.7,
        "follower_count": followers,
        "following_count": rng.randrange(10, 3000),
        "content_count": rng.randrange(5, 3000),
        "engagement_rate": round(rng.uniform(0.005, 0.12), 3),
        "platform_metadata": {"country_code": code},
    }
    enriched = {
        "posting_cadence": rng.choice(words.CADENCES),
        "creator_tier": words.tier(followers),
        "location_country": country,
        "location_city": city,
        "primary_language": language,
        "authenticity_score": authenticity,
        "authenticity_reason": "Consistent voice, low-frequency promotion."
        if authenticity >= 60
        else "Bursty posting and templated comments.",
        "aesthetic": rng.choice(words.AESTHETICS),
        "communication_tone": rng.choice(words.TONES),
        "content_niche": niches,
        "interest_clusters": sorted(set(rng.sample(words.INTEREST_CLUSTERS, rng.randrange(1, 3)))),
        "brand_affinities": sorted(set(rng.sample(words.BRANDS, rng.randrange(0, 3)))),
        "occupation": occupation,
        "industry": industry,
        "ocean": {
            trait: round(rng.random(), 2)
            for trait in (
                "openness",
                "conscientiousness",
                "extraversion",
                "agreeableness",
                "neuroticism",
            )
        },
        "summary": f"{city}-based {occupation} posting {niches[0]} content.",
        "score": rng.randrange(30, 100),
    }
    return Person(source, username, platform, enriched)


def collect(run: AudienceRunRow) -> tuple[tuple[str, str], ...]:
    """The ``(source, username)`` pairs the run collects, in collection order (kept on the run)."""
    if run.profiles is not None:
        return run.profiles
    seen = [s[-1] for s in sightings([run.source], run.created).values()]
    seen.sort(key=lambda s: (s.post.created_at, s.post.id), reverse=True)
    found: dict[tuple[str, str], None] = {}
    for sighting in seen[:MAX_POSTS]:
        post = sighting.post
        found.setdefault((post.source, post.author))
        asked = sighting.run.params["num_comments_per_post"]
        if asked:
            counts = post.counts(observed_at(sighting.run))
            for comment in post.comment_list(min(asked, counts["num_comments"])):
                found.setdefault((post.source, comment.author))
        if len(found) >= run.target:
            break
    run.profiles = tuple(found)[: run.target]
    return run.profiles
