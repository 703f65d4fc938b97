from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.account_member import AccountMember
    from ..models.account_plan import AccountPlan
    from ..models.account_team import AccountTeam
    from ..models.account_usage import AccountUsage


T = TypeVar("T", bound="Account")


@_attrs_define
class Account:
    """The calling seat, its account and plan, and the credit balance. Timestamps are unix epoch seconds."""

    id: str
    """ The calling user's id (`user_...`). """
    account_id: str | Unset = UNSET
    """ The account's id (`acc_...`). """
    email: str | Unset = UNSET
    """ The user's email. """
    name: str | Unset = UNSET
    """ The user's name. """
    created_at: int | Unset = UNSET
    """ Unix epoch seconds. """
    members: list[AccountMember] | Unset = UNSET
    """ The account's members and pending invitations. """
    plan: AccountPlan | Unset = UNSET
    """ The account's plan. """
    team_name: str | Unset = UNSET
    """ The account's team name. """
    teams: list[AccountTeam] | Unset = UNSET
    """ The teams (accounts) the user belongs to. """
    usage: AccountUsage | Unset = UNSET
    """ The credit balance. The page prints no field for what is left: it is
    `credits_total - credits_used`. Numbers, not integers: charges come in halves
    (`post_processing` costs 0.5 credits a post), so a fractional `credits_used` is
    inferred possible.
     """
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        account_id = self.account_id

        email = self.email

        name = self.name

        created_at = self.created_at

        members: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.members, Unset):
            members = []
            for members_item_data in self.members:
                members_item = members_item_data.to_dict()
                members.append(members_item)

        plan: dict[str, Any] | Unset = UNSET
        if not isinstance(self.plan, Unset):
            plan = self.plan.to_dict()

        team_name = self.team_name

        teams: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.teams, Unset):
            teams = []
            for teams_item_data in self.teams:
                teams_item = teams_item_data.to_dict()
                teams.append(teams_item)

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if account_id is not UNSET:
            field_dict["account_id"] = account_id
        if email is not UNSET:
            field_dict["email"] = email
        if name is not UNSET:
            field_dict["name"] = name
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if members is not UNSET:
            field_dict["members"] = members
        if plan is not UNSET:
            field_dict["plan"] = plan
        if team_name is not UNSET:
            field_dict["team_name"] = team_name
        if teams is not UNSET:
            field_dict["teams"] = teams
        if usage is not UNSET:
            field_dict["usage"] = usage

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.account_member import AccountMember  # noqa: PLC0415
        from ..models.account_plan import AccountPlan  # noqa: PLC0415
        from ..models.account_team import AccountTeam  # noqa: PLC0415
        from ..models.account_usage import AccountUsage  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        account_id = d.pop("account_id", UNSET)

        email = d.pop("email", UNSET)

        name = d.pop("name", UNSET)

        created_at = d.pop("created_at", UNSET)

        _members = d.pop("members", UNSET)
        members: list[AccountMember] | Unset = UNSET
        if _members is not UNSET:
            members = []
            for members_item_data in _members:
                members_item = AccountMember.from_dict(members_item_data)

                members.append(members_item)

        _plan = d.pop("plan", UNSET)
        plan: AccountPlan | Unset
        if isinstance(_plan, Unset):
            plan = UNSET
        else:
            plan = AccountPlan.from_dict(_plan)

        team_name = d.pop("team_name", UNSET)

        _teams = d.pop("teams", UNSET)
        teams: list[AccountTeam] | Unset = UNSET
        if _teams is not UNSET:
            teams = []
            for teams_item_data in _teams:
                teams_item = AccountTeam.from_dict(teams_item_data)

                teams.append(teams_item)

        _usage = d.pop("usage", UNSET)
        usage: AccountUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = AccountUsage.from_dict(_usage)

        account = cls(
            id=id,
            account_id=account_id,
            email=email,
            name=name,
            created_at=created_at,
            members=members,
            plan=plan,
            team_name=team_name,
            teams=teams,
            usage=usage,
        )

        account.additional_properties = d
        return account

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
