from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.post_ref import PostRef


T = TypeVar("T", bound="PreviewCustomParameterRequest")


@_attrs_define
class PreviewCustomParameterRequest:
    """Body of preview custom parameter: instructions, a value type and 1-5 posts, as the
    page's prose says (that all three are required is inferred).

    """

    instructions: str
    """ The extraction rule to try. """
    value_type: str
    """ The type of the extracted value. Open: a plain string; the documents print only
    `string`, and no list of the others.
     """
    post_refs: list[PostRef]
    """ 1-5 posts to try it on. """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        instructions = self.instructions

        value_type = self.value_type

        post_refs = []
        for post_refs_item_data in self.post_refs:
            post_refs_item = post_refs_item_data.to_dict()
            post_refs.append(post_refs_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "instructions": instructions,
                "value_type": value_type,
                "post_refs": post_refs,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.post_ref import PostRef  # noqa: PLC0415

        d = dict(src_dict)
        instructions = d.pop("instructions")

        value_type = d.pop("value_type")

        post_refs = []
        _post_refs = d.pop("post_refs")
        for post_refs_item_data in _post_refs:
            post_refs_item = PostRef.from_dict(post_refs_item_data)

            post_refs.append(post_refs_item)

        preview_custom_parameter_request = cls(
            instructions=instructions,
            value_type=value_type,
            post_refs=post_refs,
        )

        preview_custom_parameter_request.additional_properties = d
        return preview_custom_parameter_request

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
