"""All mapped classes; importing this package registers every table on `Base.metadata`."""

from equilibri_desktop.storage.models.audit import AuditEntry
from equilibri_desktop.storage.models.events import (
    Event,
    EventAttendance,
    EventFeedback,
    EventParticipant,
    EventPartner,
    EventSession,
)
from equilibri_desktop.storage.models.field import FieldBase, FieldImport, FieldMergedRecord, FieldNote
from equilibri_desktop.storage.models.flexwork import (
    FlexworkAgreement,
    FlexworkAssessment,
    FlexworkCommunication,
    FlexworkPathway,
    FlexworkPlacement,
    FlexworkQuestionnaire,
    FlexworkRegulation,
    FlexworkSpace,
    FlexworkStageEntry,
)
from equilibri_desktop.storage.models.generated_document import GeneratedDocument
from equilibri_desktop.storage.models.grant_application import (
    GrantApplication,
    GrantAttachment,
    GrantCoApplicant,
    GrantCostItem,
    GrantDeclaration,
    GrantEligibilityCheck,
    GrantServedMunicipality,
    GrantStatusChange,
)
from equilibri_desktop.storage.models.grant_call import (
    GrantCall,
    GrantCallEdition,
    GrantCallMunicipality,
    GrantCriterion,
    GrantTranchePlan,
)
from equilibri_desktop.storage.models.grant_evaluation import (
    GrantCommissionMember,
    GrantCommissionSitting,
    GrantConflictDeclaration,
    GrantRanking,
    GrantRankingEntry,
    GrantScore,
)
from equilibri_desktop.storage.models.grant_payment import (
    GrantExpense,
    GrantFirm,
    GrantPaymentCheck,
    GrantRevocation,
    GrantRevocationNotice,
    GrantTranche,
)
from equilibri_desktop.storage.models.grant_registration import GrantOfficialNumber
from equilibri_desktop.storage.models.meta import AppMeta, RowCount, Tombstone
from equilibri_desktop.storage.models.network import (
    NetworkAgreement,
    NetworkAttachment,
    NetworkCommitteeMember,
    NetworkContact,
    NetworkParty,
    NetworkPractice,
    NetworkSettings,
    NetworkTemplateVersion,
)
from equilibri_desktop.storage.models.organisation_settings import OrganisationSettings
from equilibri_desktop.storage.models.reference import Municipality
from equilibri_desktop.storage.models.registry import (
    Consent,
    Organisation,
    OrganisationContact,
    Person,
    PrivacyAcknowledgement,
    RegistryMerge,
)
from equilibri_desktop.storage.models.users import UserAccount
from equilibri_desktop.storage.models.welfare import (
    WelfareEngagement,
    WelfareEngagementFirm,
    WelfareMeeting,
    WelfarePlan,
    WelfarePlanMeasure,
    WelfareSurveyResponse,
)

__all__ = [
    "AppMeta", "AuditEntry", "Consent", "Event", "EventAttendance", "EventFeedback", "EventParticipant",
    "EventPartner", "EventSession", "FieldBase", "FieldImport", "FieldMergedRecord", "FieldNote",
    "FlexworkAgreement", "FlexworkAssessment", "FlexworkCommunication",
    "FlexworkPathway", "FlexworkPlacement", "FlexworkQuestionnaire", "FlexworkRegulation", "FlexworkSpace",
    "FlexworkStageEntry", "GeneratedDocument", "GrantApplication", "GrantAttachment", "GrantCall",
    "GrantCallEdition", "GrantCallMunicipality", "GrantCoApplicant", "GrantCommissionMember",
    "GrantConflictDeclaration", "GrantCostItem", "GrantCriterion", "GrantDeclaration", "GrantEligibilityCheck",
    "GrantExpense", "GrantFirm", "GrantPaymentCheck", "GrantRanking", "GrantRankingEntry", "GrantRevocation",
    "GrantRevocationNotice", "GrantCommissionSitting",
    "GrantOfficialNumber", "GrantScore", "GrantServedMunicipality", "GrantStatusChange", "GrantTranche",
    "GrantTranchePlan", "Municipality", "NetworkAgreement", "NetworkAttachment", "NetworkCommitteeMember",
    "NetworkContact", "NetworkParty", "NetworkPractice", "NetworkSettings", "NetworkTemplateVersion", "Organisation",
    "OrganisationContact", "OrganisationSettings", "Person", "PrivacyAcknowledgement", "RegistryMerge", "RowCount",
    "Tombstone", "UserAccount",
    "WelfareEngagement", "WelfareEngagementFirm", "WelfareMeeting", "WelfarePlan", "WelfarePlanMeasure",
    "WelfareSurveyResponse",
]
