from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.analysis_text import AnalysisText
    from ..models.mention_author import MentionAuthor
    from ..models.mention_comment import MentionComment
    from ..models.mention_custom_parameters_type_0 import MentionCustomParametersType0
    from ..models.mention_dataset import MentionDataset
    from ..models.mention_sentiment import MentionSentiment


T = TypeVar("T", bound="Mention")


@_attrs_define
class Mention:
    """One post in one or more datasets, with its counts and content analyses. Rates and
    scores are decimal strings; `created_at` and `dataset_run_at` are epoch seconds. An
    analysis field is null when that analysis did not run (the page names `sentiment`,
    `emotions`, `tone_of_voice`, `hook` "etc."; that the other analysis fields behave
    the same is inferred).

    """

    source: str
    """ A post's platform. Open: a plain string; the documents name `reddit`, `tiktok`,
    `youtube`, `instagram` and `linkedin`.
     """
    id: str
    """ The post's id on its platform. """
    author: MentionAuthor | Unset = UNSET
    """ A mention's author as its platform shows them. """
    title: None | str | Unset = UNSET
    """ Title. """
    text: None | str | Unset = UNSET
    """ Body text. """
    url: str | Unset = UNSET
    """ The post on its platform. """
    media: list[Any] | None | Unset = UNSET
    """ Attached media (empty in the example; an item's shape is not shown). """
    num_views: int | Unset = UNSET
    """ Views (`int64`, as view counts pass 2^31). """
    are_views_estimated: bool | Unset = UNSET
    """ Whether `num_views` is an estimate. """
    num_likes: int | Unset = UNSET
    """ Likes. """
    num_comments: int | Unset = UNSET
    """ Comments. """
    num_shares: int | Unset = UNSET
    """ Shares. """
    engagement_rate: None | str | Unset = UNSET
    """ Engagement rate, a decimal string (`"0.020"`). """
    sentiment: MentionSentiment | None | Unset = UNSET
    """ Sentiment parts, or null. """
    sentiment_score: None | str | Unset = UNSET
    """ Sentiment score, a decimal string (`"0.75"`), or null. """
    emotions: Any | Unset = UNSET
    """ Emotions; null in the page's example, and their shape when present is not shown, so any JSON value is
    accepted. """
    category: None | str | Unset = UNSET
    """ Content category (`lifestyle`). """
    content_intention: None | str | Unset = UNSET
    """ Content intention (`share_experience`). """
    tone_of_voice: AnalysisText | None | Unset = UNSET
    """ Tone of voice, or null. """
    narrative_structure: Any | Unset = UNSET
    """ Narrative structure; null in the page's example, and its shape when present is not shown, so any JSON value
    is accepted. """
    hook: AnalysisText | None | Unset = UNSET
    """ Hook, or null. """
    cta: Any | Unset = UNSET
    """ Call to action; null in the page's example, and its shape when present is not shown, so any JSON value is
    accepted. """
    content_topics: list[AnalysisText] | None | Unset = UNSET
    """ Content topics. """
    questions: list[Any] | None | Unset = UNSET
    """ Questions the post asks (empty in the example; an item's shape is not shown). """
    mentioned_brands: list[str] | None | Unset = UNSET
    """ Brands named. """
    entities: list[str] | None | Unset = UNSET
    """ Entities named. """
    created_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    dataset_run_at: int | None | Unset = UNSET
    """ When the run that collected it ran (unix epoch seconds). """
    datasets: list[MentionDataset] | Unset = UNSET
    """ The datasets holding the post. """
    collections: list[Any] | None | Unset = UNSET
    """ Web-app collections holding the post (empty in the example; an item's shape is not shown). """
    comments: list[MentionComment] | None | Unset = UNSET
    """ Full comments; null unless the run asked for them (`num_comments_per_post > 0`). """
    custom_parameters: MentionCustomParametersType0 | None | Unset = UNSET
    """ Extracted custom-parameter values, keyed by parameter id (`cp_...`), for the
    `parameter_ids` the request named. Beta: documented in one sentence of the
    staging custom-parameters page ("Each mention's response includes the extracted
    value under custom_parameters[{parameter_id}]"), with no example and no type for
    the values: a value may be any JSON value (the one parameter the page shows has
    `value_type` `string`). What a mention without values carries is not documented:
    absent, or null (accepted; inferred).
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.analysis_text import AnalysisText  # noqa: PLC0415
        from ..models.mention_custom_parameters_type_0 import (
            MentionCustomParametersType0,  # noqa: PLC0415
        )
        from ..models.mention_sentiment import MentionSentiment  # noqa: PLC0415

        source = self.source

        id = self.id

        author: dict[str, Any] | Unset = UNSET
        if not isinstance(self.author, Unset):
            author = self.author.to_dict()

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        text: None | str | Unset
        if isinstance(self.text, Unset):
            text = UNSET
        else:
            text = self.text

        url = self.url

        media: list[Any] | None | Unset
        if isinstance(self.media, Unset):
            media = UNSET
        elif isinstance(self.media, list):
            media = self.media

        else:
            media = self.media

        num_views = self.num_views

        are_views_estimated = self.are_views_estimated

        num_likes = self.num_likes

        num_comments = self.num_comments

        num_shares = self.num_shares

        engagement_rate: None | str | Unset
        if isinstance(self.engagement_rate, Unset):
            engagement_rate = UNSET
        else:
            engagement_rate = self.engagement_rate

        sentiment: dict[str, Any] | None | Unset
        if isinstance(self.sentiment, Unset):
            sentiment = UNSET
        elif isinstance(self.sentiment, MentionSentiment):
            sentiment = self.sentiment.to_dict()
        else:
            sentiment = self.sentiment

        sentiment_score: None | str | Unset
        if isinstance(self.sentiment_score, Unset):
            sentiment_score = UNSET
        else:
            sentiment_score = self.sentiment_score

        emotions = self.emotions

        category: None | str | Unset
        if isinstance(self.category, Unset):
            category = UNSET
        else:
            category = self.category

        content_intention: None | str | Unset
        if isinstance(self.content_intention, Unset):
            content_intention = UNSET
        else:
            content_intention = self.content_intention

        tone_of_voice: dict[str, Any] | None | Unset
        if isinstance(self.tone_of_voice, Unset):
            tone_of_voice = UNSET
        elif isinstance(self.tone_of_voice, AnalysisText):
            tone_of_voice = self.tone_of_voice.to_dict()
        else:
            tone_of_voice = self.tone_of_voice

        narrative_structure = self.narrative_structure

        hook: dict[str, Any] | None | Unset
        if isinstance(self.hook, Unset):
            hook = UNSET
        elif isinstance(self.hook, AnalysisText):
            hook = self.hook.to_dict()
        else:
            hook = self.hook

        cta = self.cta

        content_topics: list[dict[str, Any]] | None | Unset
        if isinstance(self.content_topics, Unset):
            content_topics = UNSET
        elif isinstance(self.content_topics, list):
            content_topics = []
            for content_topics_type_0_item_data in self.content_topics:
                content_topics_type_0_item = content_topics_type_0_item_data.to_dict()
                content_topics.append(content_topics_type_0_item)

        else:
            content_topics = self.content_topics

        questions: list[Any] | None | Unset
        if isinstance(self.questions, Unset):
            questions = UNSET
        elif isinstance(self.questions, list):
            questions = self.questions

        else:
            questions = self.questions

        mentioned_brands: list[str] | None | Unset
        if isinstance(self.mentioned_brands, Unset):
            mentioned_brands = UNSET
        elif isinstance(self.mentioned_brands, list):
            mentioned_brands = self.mentioned_brands

        else:
            mentioned_brands = self.mentioned_brands

        entities: list[str] | None | Unset
        if isinstance(self.entities, Unset):
            entities = UNSET
        elif isinstance(self.entities, list):
            entities = self.entities

        else:
            entities = self.entities

        created_at = self.created_at

        dataset_run_at: int | None | Unset
        if isinstance(self.dataset_run_at, Unset):
            dataset_run_at = UNSET
        else:
            dataset_run_at = self.dataset_run_at

        datasets: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.datasets, Unset):
            datasets = []
            for datasets_item_data in self.datasets:
                datasets_item = datasets_item_data.to_dict()
                datasets.append(datasets_item)

        collections: list[Any] | None | Unset
        if isinstance(self.collections, Unset):
            collections = UNSET
        elif isinstance(self.collections, list):
            collections = self.collections

        else:
            collections = self.collections

        comments: list[dict[str, Any]] | None | Unset
        if isinstance(self.comments, Unset):
            comments = UNSET
        elif isinstance(self.comments, list):
            comments = []
            for comments_type_0_item_data in self.comments:
                comments_type_0_item = comments_type_0_item_data.to_dict()
                comments.append(comments_type_0_item)

        else:
            comments = self.comments

        custom_parameters: dict[str, Any] | None | Unset
        if isinstance(self.custom_parameters, Unset):
            custom_parameters = UNSET
        elif isinstance(self.custom_parameters, MentionCustomParametersType0):
            custom_parameters = self.custom_parameters.to_dict()
        else:
            custom_parameters = self.custom_parameters

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source": source,
                "id": id,
            }
        )
        if author is not UNSET:
            field_dict["author"] = author
        if title is not UNSET:
            field_dict["title"] = title
        if text is not UNSET:
            field_dict["text"] = text
        if url is not UNSET:
            field_dict["url"] = url
        if media is not UNSET:
            field_dict["media"] = media
        if num_views is not UNSET:
            field_dict["num_views"] = num_views
        if are_views_estimated is not UNSET:
            field_dict["are_views_estimated"] = are_views_estimated
        if num_likes is not UNSET:
            field_dict["num_likes"] = num_likes
        if num_comments is not UNSET:
            field_dict["num_comments"] = num_comments
        if num_shares is not UNSET:
            field_dict["num_shares"] = num_shares
        if engagement_rate is not UNSET:
            field_dict["engagement_rate"] = engagement_rate
        if sentiment is not UNSET:
            field_dict["sentiment"] = sentiment
        if sentiment_score is not UNSET:
            field_dict["sentiment_score"] = sentiment_score
        if emotions is not UNSET:
            field_dict["emotions"] = emotions
        if category is not UNSET:
            field_dict["category"] = category
        if content_intention is not UNSET:
            field_dict["content_intention"] = content_intention
        if tone_of_voice is not UNSET:
            field_dict["tone_of_voice"] = tone_of_voice
        if narrative_structure is not UNSET:
            field_dict["narrative_structure"] = narrative_structure
        if hook is not UNSET:
            field_dict["hook"] = hook
        if cta is not UNSET:
            field_dict["cta"] = cta
        if content_topics is not UNSET:
            field_dict["content_topics"] = content_topics
        if questions is not UNSET:
            field_dict["questions"] = questions
        if mentioned_brands is not UNSET:
            field_dict["mentioned_brands"] = mentioned_brands
        if entities is not UNSET:
            field_dict["entities"] = entities
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if dataset_run_at is not UNSET:
            field_dict["dataset_run_at"] = dataset_run_at
        if datasets is not UNSET:
            field_dict["datasets"] = datasets
        if collections is not UNSET:
            field_dict["collections"] = collections
        if comments is not UNSET:
            field_dict["comments"] = comments
        if custom_parameters is not UNSET:
            field_dict["custom_parameters"] = custom_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.analysis_text import AnalysisText  # noqa: PLC0415
        from ..models.mention_author import MentionAuthor  # noqa: PLC0415
        from ..models.mention_comment import MentionComment  # noqa: PLC0415
        from ..models.mention_custom_parameters_type_0 import (
            MentionCustomParametersType0,  # noqa: PLC0415
        )
        from ..models.mention_dataset import MentionDataset  # noqa: PLC0415
        from ..models.mention_sentiment import MentionSentiment  # noqa: PLC0415

        d = dict(src_dict)
        source = d.pop("source")

        id = d.pop("id")

        _author = d.pop("author", UNSET)
        author: MentionAuthor | Unset
        if isinstance(_author, Unset):
            author = UNSET
        else:
            author = MentionAuthor.from_dict(_author)

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_text(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        text = _parse_text(d.pop("text", UNSET))

        url = d.pop("url", UNSET)

        def _parse_media(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                media_type_0 = cast(list[Any], data)

                return media_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        media = _parse_media(d.pop("media", UNSET))

        num_views = d.pop("num_views", UNSET)

        are_views_estimated = d.pop("are_views_estimated", UNSET)

        num_likes = d.pop("num_likes", UNSET)

        num_comments = d.pop("num_comments", UNSET)

        num_shares = d.pop("num_shares", UNSET)

        def _parse_engagement_rate(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        engagement_rate = _parse_engagement_rate(d.pop("engagement_rate", UNSET))

        def _parse_sentiment(data: object) -> MentionSentiment | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                sentiment_type_0 = MentionSentiment.from_dict(data)

                return sentiment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MentionSentiment | None | Unset, data)

        sentiment = _parse_sentiment(d.pop("sentiment", UNSET))

        def _parse_sentiment_score(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sentiment_score = _parse_sentiment_score(d.pop("sentiment_score", UNSET))

        emotions = d.pop("emotions", UNSET)

        def _parse_category(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        category = _parse_category(d.pop("category", UNSET))

        def _parse_content_intention(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        content_intention = _parse_content_intention(d.pop("content_intention", UNSET))

        def _parse_tone_of_voice(data: object) -> AnalysisText | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                tone_of_voice_type_0 = AnalysisText.from_dict(data)

                return tone_of_voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisText | None | Unset, data)

        tone_of_voice = _parse_tone_of_voice(d.pop("tone_of_voice", UNSET))

        narrative_structure = d.pop("narrative_structure", UNSET)

        def _parse_hook(data: object) -> AnalysisText | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                hook_type_0 = AnalysisText.from_dict(data)

                return hook_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AnalysisText | None | Unset, data)

        hook = _parse_hook(d.pop("hook", UNSET))

        cta = d.pop("cta", UNSET)

        def _parse_content_topics(data: object) -> list[AnalysisText] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                content_topics_type_0 = []
                _content_topics_type_0 = data
                for content_topics_type_0_item_data in _content_topics_type_0:
                    content_topics_type_0_item = AnalysisText.from_dict(
                        content_topics_type_0_item_data
                    )

                    content_topics_type_0.append(content_topics_type_0_item)

                return content_topics_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AnalysisText] | None | Unset, data)

        content_topics = _parse_content_topics(d.pop("content_topics", UNSET))

        def _parse_questions(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                questions_type_0 = cast(list[Any], data)

                return questions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        questions = _parse_questions(d.pop("questions", UNSET))

        def _parse_mentioned_brands(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                mentioned_brands_type_0 = cast(list[str], data)

                return mentioned_brands_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        mentioned_brands = _parse_mentioned_brands(d.pop("mentioned_brands", UNSET))

        def _parse_entities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                entities_type_0 = cast(list[str], data)

                return entities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        entities = _parse_entities(d.pop("entities", UNSET))

        created_at = d.pop("created_at", UNSET)

        def _parse_dataset_run_at(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        dataset_run_at = _parse_dataset_run_at(d.pop("dataset_run_at", UNSET))

        _datasets = d.pop("datasets", UNSET)
        datasets: list[MentionDataset] | Unset = UNSET
        if _datasets is not UNSET:
            datasets = []
            for datasets_item_data in _datasets:
                datasets_item = MentionDataset.from_dict(datasets_item_data)

                datasets.append(datasets_item)

        def _parse_collections(data: object) -> list[Any] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                collections_type_0 = cast(list[Any], data)

                return collections_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Any] | None | Unset, data)

        collections = _parse_collections(d.pop("collections", UNSET))

        def _parse_comments(data: object) -> list[MentionComment] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                comments_type_0 = []
                _comments_type_0 = data
                for comments_type_0_item_data in _comments_type_0:
                    comments_type_0_item = MentionComment.from_dict(
                        comments_type_0_item_data
                    )

                    comments_type_0.append(comments_type_0_item)

                return comments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[MentionComment] | None | Unset, data)

        comments = _parse_comments(d.pop("comments", UNSET))

        def _parse_custom_parameters(
            data: object,
        ) -> MentionCustomParametersType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                custom_parameters_type_0 = MentionCustomParametersType0.from_dict(data)

                return custom_parameters_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MentionCustomParametersType0 | None | Unset, data)

        custom_parameters = _parse_custom_parameters(d.pop("custom_parameters", UNSET))

        mention = cls(
            source=source,
            id=id,
            author=author,
            title=title,
            text=text,
            url=url,
            media=media,
            num_views=num_views,
            are_views_estimated=are_views_estimated,
            num_likes=num_likes,
            num_comments=num_comments,
            num_shares=num_shares,
            engagement_rate=engagement_rate,
            sentiment=sentiment,
            sentiment_score=sentiment_score,
            emotions=emotions,
            category=category,
            content_intention=content_intention,
            tone_of_voice=tone_of_voice,
            narrative_structure=narrative_structure,
            hook=hook,
            cta=cta,
            content_topics=content_topics,
            questions=questions,
            mentioned_brands=mentioned_brands,
            entities=entities,
            created_at=created_at,
            dataset_run_at=dataset_run_at,
            datasets=datasets,
            collections=collections,
            comments=comments,
            custom_parameters=custom_parameters,
        )

        mention.additional_properties = d
        return mention

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
