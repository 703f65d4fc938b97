from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.audience_profile_platform_metadata_type_0 import (
        AudienceProfilePlatformMetadataType0,
    )
    from ..models.profile_avatar import ProfileAvatar
    from ..models.profile_ocean import ProfileOcean


T = TypeVar("T", bound="AudienceProfile")


@_attrs_define
class AudienceProfile:
    """One creator or commenter collected by an audience run: platform account data, an
    LLM-derived audience layer and an authenticity/engagement profile. The LLM-derived
    fields are null until analysis has enriched the profile (the page names
    `creator_tier`, `aesthetic`, `summary`, `ocean` "etc.": which other fields behave so
    is inferred, and they are all nullable here). `created_at` is epoch seconds.

    """

    id: str
    """ Id, `ap_...`. """
    source: str
    """ A post's platform. Open: a plain string; the documents name `reddit`, `tiktok`,
    `youtube`, `instagram` and `linkedin`.
     """
    username: str
    """ Handle on the platform. """
    run_id: str | Unset = UNSET
    """ The audience run that collected it (`adr_...`). """
    display_name: None | str | Unset = UNSET
    """ Display name. """
    avatar: None | ProfileAvatar | Unset = UNSET
    """ Profile picture, or null. """
    bio: None | str | Unset = UNSET
    """ Bio. """
    external_link: None | str | Unset = UNSET
    """ The link in the bio. """
    is_verified: bool | Unset = UNSET
    """ Verified on the platform. """
    follower_count: int | Unset = UNSET
    """ Followers. """
    following_count: int | Unset = UNSET
    """ Accounts followed. """
    content_count: int | Unset = UNSET
    """ Posts published. """
    engagement_rate: float | None | Unset = UNSET
    """ Engagement rate, a JSON number here (mentions send a decimal string). """
    posting_cadence: None | str | Unset = UNSET
    """ How often they post (`daily`). """
    creator_tier: None | str | Unset = UNSET
    """ Creator tier, or null until enriched. """
    location_country: None | str | Unset = UNSET
    """ Country, free text (`United States`). """
    location_city: None | str | Unset = UNSET
    """ City. """
    primary_language: None | str | Unset = UNSET
    """ Main language (`en`). """
    authenticity_score: int | None | Unset = UNSET
    """ Authenticity, 0-100 (the range is inferred from the example's 87). """
    authenticity_reason: None | str | Unset = UNSET
    """ Why that authenticity score. """
    aesthetic: None | str | Unset = UNSET
    """ Visual aesthetic. """
    communication_tone: None | str | Unset = UNSET
    """ Tone. """
    content_niche: list[str] | None | Unset = UNSET
    """ Content niches. """
    interest_clusters: list[str] | None | Unset = UNSET
    """ Interest clusters. """
    brand_affinities: list[str] | None | Unset = UNSET
    """ Brands they favour. """
    occupation: None | str | Unset = UNSET
    """ Occupation. """
    industry: None | str | Unset = UNSET
    """ Industry. """
    ocean: None | ProfileOcean | Unset = UNSET
    """ Personality scores, or null. """
    summary: None | str | Unset = UNSET
    """ A short summary. """
    score: int | None | Unset = UNSET
    """ Overall score, 0-100 (the range is inferred from the example's 84). """
    platform_metadata: AudienceProfilePlatformMetadataType0 | None | Unset = UNSET
    """ Platform-specific extras (the page elides them). """
    created_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.audience_profile_platform_metadata_type_0 import (
            AudienceProfilePlatformMetadataType0,  # noqa: PLC0415
        )
        from ..models.profile_avatar import ProfileAvatar  # noqa: PLC0415
        from ..models.profile_ocean import ProfileOcean  # noqa: PLC0415

        id = self.id

        source = self.source

        username = self.username

        run_id = self.run_id

        display_name: None | str | Unset
        if isinstance(self.display_name, Unset):
            display_name = UNSET
        else:
            display_name = self.display_name

        avatar: dict[str, Any] | None | Unset
        if isinstance(self.avatar, Unset):
            avatar = UNSET
        elif isinstance(self.avatar, ProfileAvatar):
            avatar = self.avatar.to_dict()
        else:
            avatar = self.avatar

        bio: None | str | Unset
        if isinstance(self.bio, Unset):
            bio = UNSET
        else:
            bio = self.bio

        external_link: None | str | Unset
        if isinstance(self.external_link, Unset):
            external_link = UNSET
        else:
            external_link = self.external_link

        is_verified = self.is_verified

        follower_count = self.follower_count

        following_count = self.following_count

        content_count = self.content_count

        engagement_rate: float | None | Unset
        if isinstance(self.engagement_rate, Unset):
            engagement_rate = UNSET
        else:
            engagement_rate = self.engagement_rate

        posting_cadence: None | str | Unset
        if isinstance(self.posting_cadence, Unset):
            posting_cadence = UNSET
        else:
            posting_cadence = self.posting_cadence

        creator_tier: None | str | Unset
        if isinstance(self.creator_tier, Unset):
            creator_tier = UNSET
        else:
            creator_tier = self.creator_tier

        location_country: None | str | Unset
        if isinstance(self.location_country, Unset):
            location_country = UNSET
        else:
            location_country = self.location_country

        location_city: None | str | Unset
        if isinstance(self.location_city, Unset):
            location_city = UNSET
        else:
            location_city = self.location_city

        primary_language: None | str | Unset
        if isinstance(self.primary_language, Unset):
            primary_language = UNSET
        else:
            primary_language = self.primary_language

        authenticity_score: int | None | Unset
        if isinstance(self.authenticity_score, Unset):
            authenticity_score = UNSET
        else:
            authenticity_score = self.authenticity_score

        authenticity_reason: None | str | Unset
        if isinstance(self.authenticity_reason, Unset):
            authenticity_reason = UNSET
        else:
            authenticity_reason = self.authenticity_reason

        aesthetic: None | str | Unset
        if isinstance(self.aesthetic, Unset):
            aesthetic = UNSET
        else:
            aesthetic = self.aesthetic

        communication_tone: None | str | Unset
        if isinstance(self.communication_tone, Unset):
            communication_tone = UNSET
        else:
            communication_tone = self.communication_tone

        content_niche: list[str] | None | Unset
        if isinstance(self.content_niche, Unset):
            content_niche = UNSET
        elif isinstance(self.content_niche, list):
            content_niche = self.content_niche

        else:
            content_niche = self.content_niche

        interest_clusters: list[str] | None | Unset
        if isinstance(self.interest_clusters, Unset):
            interest_clusters = UNSET
        elif isinstance(self.interest_clusters, list):
            interest_clusters = self.interest_clusters

        else:
            interest_clusters = self.interest_clusters

        brand_affinities: list[str] | None | Unset
        if isinstance(self.brand_affinities, Unset):
            brand_affinities = UNSET
        elif isinstance(self.brand_affinities, list):
            brand_affinities = self.brand_affinities

        else:
            brand_affinities = self.brand_affinities

        occupation: None | str | Unset
        if isinstance(self.occupation, Unset):
            occupation = UNSET
        else:
            occupation = self.occupation

        industry: None | str | Unset
        if isinstance(self.industry, Unset):
            industry = UNSET
        else:
            industry = self.industry

        ocean: dict[str, Any] | None | Unset
        if isinstance(self.ocean, Unset):
            ocean = UNSET
        elif isinstance(self.ocean, ProfileOcean):
            ocean = self.ocean.to_dict()
        else:
            ocean = self.ocean

        summary: None | str | Unset
        if isinstance(self.summary, Unset):
            summary = UNSET
        else:
            summary = self.summary

        score: int | None | Unset
        if isinstance(self.score, Unset):
            score = UNSET
        else:
            score = self.score

        platform_metadata: dict[str, Any] | None | Unset
        if isinstance(self.platform_metadata, Unset):
            platform_metadata = UNSET
        elif isinstance(self.platform_metadata, AudienceProfilePlatformMetadataType0):
            platform_metadata = self.platform_metadata.to_dict()
        else:
            platform_metadata = self.platform_metadata

        created_at = self.created_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source": source,
                "username": username,
            }
        )
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if display_name is not UNSET:
            field_dict["display_name"] = display_name
        if avatar is not UNSET:
            field_dict["avatar"] = avatar
        if bio is not UNSET:
            field_dict["bio"] = bio
        if external_link is not UNSET:
            field_dict["external_link"] = external_link
        if is_verified is not UNSET:
            field_dict["is_verified"] = is_verified
        if follower_count is not UNSET:
            field_dict["follower_count"] = follower_count
        if following_count is not UNSET:
            field_dict["following_count"] = following_count
        if content_count is not UNSET:
            field_dict["content_count"] = content_count
        if engagement_rate is not UNSET:
            field_dict["engagement_rate"] = engagement_rate
        if posting_cadence is not UNSET:
            field_dict["posting_cadence"] = posting_cadence
        if creator_tier is not UNSET:
            field_dict["creator_tier"] = creator_tier
        if location_country is not UNSET:
            field_dict["location_country"] = location_country
        if location_city is not UNSET:
            field_dict["location_city"] = location_city
        if primary_language is not UNSET:
            field_dict["primary_language"] = primary_language
        if authenticity_score is not UNSET:
            field_dict["authenticity_score"] = authenticity_score
        if authenticity_reason is not UNSET:
            field_dict["authenticity_reason"] = authenticity_reason
        if aesthetic is not UNSET:
            field_dict["aesthetic"] = aesthetic
        if communication_tone is not UNSET:
            field_dict["communication_tone"] = communication_tone
        if content_niche is not UNSET:
            field_dict["content_niche"] = content_niche
        if interest_clusters is not UNSET:
            field_dict["interest_clusters"] = interest_clusters
        if brand_affinities is not UNSET:
            field_dict["brand_affinities"] = brand_affinities
        if occupation is not UNSET:
            field_dict["occupation"] = occupation
        if industry is not UNSET:
            field_dict["industry"] = industry
        if ocean is not UNSET:
            field_dict["ocean"] = ocean
        if summary is not UNSET:
            field_dict["summary"] = summary
        if score is not UNSET:
            field_dict["score"] = score
        if platform_metadata is not UNSET:
            field_dict["platform_metadata"] = platform_metadata
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.audience_profile_platform_metadata_type_0 import (
            AudienceProfilePlatformMetadataType0,  # noqa: PLC0415
        )
        from ..models.profile_avatar import ProfileAvatar  # noqa: PLC0415
        from ..models.profile_ocean import ProfileOcean  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        source = d.pop("source")

        username = d.pop("username")

        run_id = d.pop("run_id", UNSET)

        def _parse_display_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        display_name = _parse_display_name(d.pop("display_name", UNSET))

        def _parse_avatar(data: object) -> None | ProfileAvatar | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                avatar_type_0 = ProfileAvatar.from_dict(data)

                return avatar_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileAvatar | Unset, data)

        avatar = _parse_avatar(d.pop("avatar", UNSET))

        def _parse_bio(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bio = _parse_bio(d.pop("bio", UNSET))

        def _parse_external_link(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_link = _parse_external_link(d.pop("external_link", UNSET))

        is_verified = d.pop("is_verified", UNSET)

        follower_count = d.pop("follower_count", UNSET)

        following_count = d.pop("following_count", UNSET)

        content_count = d.pop("content_count", UNSET)

        def _parse_engagement_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        engagement_rate = _parse_engagement_rate(d.pop("engagement_rate", UNSET))

        def _parse_posting_cadence(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        posting_cadence = _parse_posting_cadence(d.pop("posting_cadence", UNSET))

        def _parse_creator_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        creator_tier = _parse_creator_tier(d.pop("creator_tier", UNSET))

        def _parse_location_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_country = _parse_location_country(d.pop("location_country", UNSET))

        def _parse_location_city(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_city = _parse_location_city(d.pop("location_city", UNSET))

        def _parse_primary_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_language = _parse_primary_language(d.pop("primary_language", UNSET))

        def _parse_authenticity_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        authenticity_score = _parse_authenticity_score(
            d.pop("authenticity_score", UNSET)
        )

        def _parse_authenticity_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        authenticity_reason = _parse_authenticity_reason(
            d.pop("authenticity_reason", UNSET)
        )

        def _parse_aesthetic(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        aesthetic = _parse_aesthetic(d.pop("aesthetic", UNSET))

        def _parse_communication_tone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        communication_tone = _parse_communication_tone(
            d.pop("communication_tone", UNSET)
        )

        def _parse_content_niche(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_niche_type_0 = cast(list[str], data)

                return content_niche_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        content_niche = _parse_content_niche(d.pop("content_niche", UNSET))

        def _parse_interest_clusters(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                interest_clusters_type_0 = cast(list[str], data)

                return interest_clusters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        interest_clusters = _parse_interest_clusters(d.pop("interest_clusters", UNSET))

        def _parse_brand_affinities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                brand_affinities_type_0 = cast(list[str], data)

                return brand_affinities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        brand_affinities = _parse_brand_affinities(d.pop("brand_affinities", UNSET))

        def _parse_occupation(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        occupation = _parse_occupation(d.pop("occupation", UNSET))

        def _parse_industry(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        industry = _parse_industry(d.pop("industry", UNSET))

        def _parse_ocean(data: object) -> None | ProfileOcean | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ocean_type_0 = ProfileOcean.from_dict(data)

                return ocean_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ProfileOcean | Unset, data)

        ocean = _parse_ocean(d.pop("ocean", UNSET))

        def _parse_summary(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        summary = _parse_summary(d.pop("summary", UNSET))

        def _parse_score(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        score = _parse_score(d.pop("score", UNSET))

        def _parse_platform_metadata(
            data: object,
        ) -> AudienceProfilePlatformMetadataType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                platform_metadata_type_0 = (
                    AudienceProfilePlatformMetadataType0.from_dict(data)
                )

                return platform_metadata_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AudienceProfilePlatformMetadataType0 | None | Unset, data)

        platform_metadata = _parse_platform_metadata(d.pop("platform_metadata", UNSET))

        created_at = d.pop("created_at", UNSET)

        audience_profile = cls(
            id=id,
            source=source,
            username=username,
            run_id=run_id,
            display_name=display_name,
            avatar=avatar,
            bio=bio,
            external_link=external_link,
            is_verified=is_verified,
            follower_count=follower_count,
            following_count=following_count,
            content_count=content_count,
            engagement_rate=engagement_rate,
            posting_cadence=posting_cadence,
            creator_tier=creator_tier,
            location_country=location_country,
            location_city=location_city,
            primary_language=primary_language,
            authenticity_score=authenticity_score,
            authenticity_reason=authenticity_reason,
            aesthetic=aesthetic,
            communication_tone=communication_tone,
            content_niche=content_niche,
            interest_clusters=interest_clusters,
            brand_affinities=brand_affinities,
            occupation=occupation,
            industry=industry,
            ocean=ocean,
            summary=summary,
            score=score,
            platform_metadata=platform_metadata,
            created_at=created_at,
        )

        audience_profile.additional_properties = d
        return audience_profile

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
