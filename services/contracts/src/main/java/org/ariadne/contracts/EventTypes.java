package org.ariadne.contracts;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.ariadne.contracts.funding.v1.ActivityLinked;
import org.ariadne.contracts.funding.v1.ActivityUnlinked;
import org.ariadne.contracts.funding.v1.AllocationRemoved;
import org.ariadne.contracts.funding.v1.AllocationSet;
import org.ariadne.contracts.funding.v1.BudgetLineChanged;
import org.ariadne.contracts.funding.v1.BudgetLineCreated;
import org.ariadne.contracts.funding.v1.GrantRegistered;
import org.ariadne.contracts.funding.v1.TransactionRecorded;
import org.ariadne.contracts.funding.v1.TransactionReversed;
import org.ariadne.contracts.identity.v1.ParentConsentChanged;
import org.ariadne.contracts.identity.v1.TenantOffboarded;
import org.ariadne.contracts.identity.v1.TenantOnboarded;
import org.ariadne.contracts.identity.v1.TenantReactivated;
import org.ariadne.contracts.identity.v1.TenantSuspended;
import org.ariadne.contracts.monitoring.v1.ContributionAccepted;
import org.ariadne.contracts.monitoring.v1.ContributionSubmitted;
import org.ariadne.contracts.monitoring.v1.RoundFrozen;
import org.ariadne.contracts.monitoring.v1.RoundOpened;
import org.ariadne.contracts.partners.v1.ActivityInstitutionsResolved;
import org.ariadne.contracts.partners.v1.AliasAdded;
import org.ariadne.contracts.partners.v1.BodyChanged;
import org.ariadne.contracts.partners.v1.BodyCreated;
import org.ariadne.contracts.partners.v1.DecisionRecorded;
import org.ariadne.contracts.partners.v1.FollowUpTaskAssigned;
import org.ariadne.contracts.partners.v1.FollowUpTaskStatusChanged;
import org.ariadne.contracts.partners.v1.InstitutionChanged;
import org.ariadne.contracts.partners.v1.InstitutionRegistered;
import org.ariadne.contracts.partners.v1.InstitutionsMerged;
import org.ariadne.contracts.partners.v1.MeetingHeld;
import org.ariadne.contracts.partners.v1.MemberAppointed;
import org.ariadne.contracts.partners.v1.MemberLeft;
import org.ariadne.contracts.partners.v1.MinutesApproved;
import org.ariadne.contracts.partners.v1.RecommendationRecorded;
import org.ariadne.contracts.partners.v1.RecommendationStatusChanged;
import org.ariadne.contracts.partners.v1.ReviewQueueChanged;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.ariadne.contracts.plans.v1.ActivityChanged;
import org.ariadne.contracts.plans.v1.ActivityRemoved;
import org.ariadne.contracts.plans.v1.NodeAdded;
import org.ariadne.contracts.plans.v1.NodeChanged;
import org.ariadne.contracts.plans.v1.NodeRemoved;
import org.ariadne.contracts.plans.v1.PlanAdopted;
import org.ariadne.contracts.plans.v1.PlanChanged;
import org.ariadne.contracts.plans.v1.PlanCreated;
import org.ariadne.contracts.plans.v1.PlanRevised;

/**
 * The wire names of every event ({@code ce_type} = {@code <domain>.<EventName>.v<major>}) and their topics.
 * Wire names are contract constants, never derived from Java class names.
 */
public final class EventTypes {

    public static final String PLANS_TOPIC = "plans.events";
    public static final String IDENTITY_TOPIC = "identity.events";
    public static final String MONITORING_TOPIC = "monitoring.events";
    public static final String PARTNERS_TOPIC = "partners.events";
    public static final String FUNDING_TOPIC = "funding.events";
    public static final String DLT_SUFFIX = ".DLT";

    public static final String PLAN_CREATED = "plans.PlanCreated.v1";
    public static final String NODE_ADDED = "plans.NodeAdded.v1";
    public static final String NODE_CHANGED = "plans.NodeChanged.v1";
    public static final String NODE_REMOVED = "plans.NodeRemoved.v1";
    public static final String ACTIVITY_ADDED = "plans.ActivityAdded.v1";
    public static final String ACTIVITY_CHANGED = "plans.ActivityChanged.v1";
    public static final String ACTIVITY_REMOVED = "plans.ActivityRemoved.v1";
    public static final String PLAN_ADOPTED = "plans.PlanAdopted.v1";
    public static final String PLAN_REVISED = "plans.PlanRevised.v1";
    public static final String PLAN_CHANGED = "plans.PlanChanged.v1";

    public static final String ROUND_OPENED = "monitoring.RoundOpened.v1";
    public static final String CONTRIBUTION_SUBMITTED = "monitoring.ContributionSubmitted.v1";
    public static final String CONTRIBUTION_ACCEPTED = "monitoring.ContributionAccepted.v1";
    public static final String ROUND_FROZEN = "monitoring.RoundFrozen.v1";

    public static final String INSTITUTION_REGISTERED = "partners.InstitutionRegistered.v1";
    public static final String INSTITUTION_CHANGED = "partners.InstitutionChanged.v1";
    public static final String ALIAS_ADDED = "partners.AliasAdded.v1";
    public static final String INSTITUTIONS_MERGED = "partners.InstitutionsMerged.v1";
    public static final String ACTIVITY_INSTITUTIONS_RESOLVED = "partners.ActivityInstitutionsResolved.v1";
    public static final String REVIEW_QUEUE_CHANGED = "partners.ReviewQueueChanged.v1";
    public static final String BODY_CREATED = "partners.BodyCreated.v1";
    public static final String BODY_CHANGED = "partners.BodyChanged.v1";
    public static final String MEMBER_APPOINTED = "partners.MemberAppointed.v1";
    public static final String MEMBER_LEFT = "partners.MemberLeft.v1";
    public static final String MEETING_HELD = "partners.MeetingHeld.v1";
    public static final String MINUTES_APPROVED = "partners.MinutesApproved.v1";
    public static final String DECISION_RECORDED = "partners.DecisionRecorded.v1";
    public static final String FOLLOW_UP_TASK_ASSIGNED = "partners.FollowUpTaskAssigned.v1";
    public static final String FOLLOW_UP_TASK_STATUS_CHANGED = "partners.FollowUpTaskStatusChanged.v1";
    public static final String RECOMMENDATION_RECORDED = "partners.RecommendationRecorded.v1";
    public static final String RECOMMENDATION_STATUS_CHANGED = "partners.RecommendationStatusChanged.v1";
    public static final String BUDGET_LINE_CREATED = "funding.BudgetLineCreated.v1";
    public static final String BUDGET_LINE_CHANGED = "funding.BudgetLineChanged.v1";
    public static final String ALLOCATION_SET = "funding.AllocationSet.v1";
    public static final String ALLOCATION_REMOVED = "funding.AllocationRemoved.v1";
    public static final String ACTIVITY_LINKED = "funding.ActivityLinked.v1";
    public static final String ACTIVITY_UNLINKED = "funding.ActivityUnlinked.v1";
    public static final String TRANSACTION_RECORDED = "funding.TransactionRecorded.v1";
    public static final String TRANSACTION_REVERSED = "funding.TransactionReversed.v1";
    public static final String GRANT_REGISTERED = "funding.GrantRegistered.v1";

    public static final String TENANT_ONBOARDED = "identity.TenantOnboarded.v1";
    public static final String TENANT_SUSPENDED = "identity.TenantSuspended.v1";
    public static final String PARENT_CONSENT_CHANGED = "identity.ParentConsentChanged.v1";
    public static final String TENANT_REACTIVATED = "identity.TenantReactivated.v1";
    public static final String TENANT_OFFBOARDED = "identity.TenantOffboarded.v1";

    private static final Map<String, Class<? extends DomainEvent>> CLASSES = new LinkedHashMap<>();

    static {
        CLASSES.put(PLAN_CREATED, PlanCreated.class);
        CLASSES.put(NODE_ADDED, NodeAdded.class);
        CLASSES.put(NODE_CHANGED, NodeChanged.class);
        CLASSES.put(NODE_REMOVED, NodeRemoved.class);
        CLASSES.put(ACTIVITY_ADDED, ActivityAdded.class);
        CLASSES.put(ACTIVITY_CHANGED, ActivityChanged.class);
        CLASSES.put(ACTIVITY_REMOVED, ActivityRemoved.class);
        CLASSES.put(PLAN_ADOPTED, PlanAdopted.class);
        CLASSES.put(PLAN_REVISED, PlanRevised.class);
        CLASSES.put(PLAN_CHANGED, PlanChanged.class);
        CLASSES.put(ROUND_OPENED, RoundOpened.class);
        CLASSES.put(CONTRIBUTION_SUBMITTED, ContributionSubmitted.class);
        CLASSES.put(CONTRIBUTION_ACCEPTED, ContributionAccepted.class);
        CLASSES.put(ROUND_FROZEN, RoundFrozen.class);
        CLASSES.put(INSTITUTION_REGISTERED, InstitutionRegistered.class);
        CLASSES.put(INSTITUTION_CHANGED, InstitutionChanged.class);
        CLASSES.put(ALIAS_ADDED, AliasAdded.class);
        CLASSES.put(INSTITUTIONS_MERGED, InstitutionsMerged.class);
        CLASSES.put(ACTIVITY_INSTITUTIONS_RESOLVED, ActivityInstitutionsResolved.class);
        CLASSES.put(REVIEW_QUEUE_CHANGED, ReviewQueueChanged.class);
        CLASSES.put(BODY_CREATED, BodyCreated.class);
        CLASSES.put(BODY_CHANGED, BodyChanged.class);
        CLASSES.put(MEMBER_APPOINTED, MemberAppointed.class);
        CLASSES.put(MEMBER_LEFT, MemberLeft.class);
        CLASSES.put(MEETING_HELD, MeetingHeld.class);
        CLASSES.put(MINUTES_APPROVED, MinutesApproved.class);
        CLASSES.put(DECISION_RECORDED, DecisionRecorded.class);
        CLASSES.put(FOLLOW_UP_TASK_ASSIGNED, FollowUpTaskAssigned.class);
        CLASSES.put(FOLLOW_UP_TASK_STATUS_CHANGED, FollowUpTaskStatusChanged.class);
        CLASSES.put(RECOMMENDATION_RECORDED, RecommendationRecorded.class);
        CLASSES.put(RECOMMENDATION_STATUS_CHANGED, RecommendationStatusChanged.class);
        CLASSES.put(BUDGET_LINE_CREATED, BudgetLineCreated.class);
        CLASSES.put(BUDGET_LINE_CHANGED, BudgetLineChanged.class);
        CLASSES.put(ALLOCATION_SET, AllocationSet.class);
        CLASSES.put(ALLOCATION_REMOVED, AllocationRemoved.class);
        CLASSES.put(ACTIVITY_LINKED, ActivityLinked.class);
        CLASSES.put(ACTIVITY_UNLINKED, ActivityUnlinked.class);
        CLASSES.put(TRANSACTION_RECORDED, TransactionRecorded.class);
        CLASSES.put(TRANSACTION_REVERSED, TransactionReversed.class);
        CLASSES.put(GRANT_REGISTERED, GrantRegistered.class);
        CLASSES.put(TENANT_ONBOARDED, TenantOnboarded.class);
        CLASSES.put(TENANT_SUSPENDED, TenantSuspended.class);
        CLASSES.put(PARENT_CONSENT_CHANGED, ParentConsentChanged.class);
        CLASSES.put(TENANT_REACTIVATED, TenantReactivated.class);
        CLASSES.put(TENANT_OFFBOARDED, TenantOffboarded.class);
    }

    private EventTypes() {
    }

    /** Every registered type, in a stable order. */
    public static Map<String, Class<? extends DomainEvent>> all() {
        return java.util.Collections.unmodifiableMap(CLASSES);
    }

    public static String typeOf(Class<?> eventClass) {
        return CLASSES.entrySet().stream().filter(e -> e.getValue().equals(eventClass)).map(Map.Entry::getKey)
                .findFirst().orElseThrow(() -> new IllegalArgumentException(eventClass.getName() + " is not a registered event"));
    }

    public static Optional<Class<? extends DomainEvent>> classOf(String type) {
        return Optional.ofNullable(CLASSES.get(type));
    }

    /** The topic of the producing domain: the part of the type before the first dot, plus ".events". */
    public static String topicOf(String type) {
        int dot = type.indexOf('.');
        if (dot <= 0) {
            throw new IllegalArgumentException("'" + type + "' is not an event type");
        }
        return type.substring(0, dot) + ".events";
    }

    /** The major version a type names ({@code plans.ActivityAdded.v1} → 1). */
    public static int majorOf(String type) {
        int v = type.lastIndexOf(".v");
        if (v < 0) {
            throw new IllegalArgumentException("'" + type + "' has no major version");
        }
        return Integer.parseInt(type.substring(v + 2));
    }

    /** The type name without its version ({@code plans.ActivityAdded.v2} → {@code plans.ActivityAdded}). */
    public static String nameOf(String type) {
        return type.substring(0, type.lastIndexOf(".v"));
    }
}
