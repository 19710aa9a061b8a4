package org.ariadne.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.ariadne.contracts.identity.v1.TenantSuspended;
import org.ariadne.contracts.plans.v1.ActivityAdded;
import org.junit.jupiter.api.Test;

class EventTypesTest {

    @Test
    void typeOfARegisteredClass() {
        assertThat(EventTypes.typeOf(ActivityAdded.class)).isEqualTo("plans.ActivityAdded.v1");
        assertThat(EventTypes.typeOf(TenantSuspended.class)).isEqualTo(EventTypes.TENANT_SUSPENDED);
    }

    @Test
    void typeOfAnUnknownClassThrows() {
        assertThatThrownBy(() -> EventTypes.typeOf(String.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.lang.String");
        assertThatThrownBy(() -> EventTypes.typeOf(DomainEvent.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void classOf() {
        assertThat(EventTypes.classOf("plans.ActivityAdded.v1")).contains(ActivityAdded.class);
        assertThat(EventTypes.classOf("plans.ActivityAdded.v9")).isEmpty();
        assertThat(EventTypes.classOf("org.ariadne.contracts.plans.v1.ActivityAdded")).as("never a Java FQCN").isEmpty();
    }

    @Test
    void majorOf() {
        assertThat(EventTypes.majorOf("plans.ActivityAdded.v1")).isEqualTo(1);
        assertThat(EventTypes.majorOf("plans.ActivityAdded.v12")).isEqualTo(12);
        assertThatThrownBy(() -> EventTypes.majorOf("plans.ActivityAdded")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nameOf() {
        assertThat(EventTypes.nameOf("plans.ActivityAdded.v2")).isEqualTo("plans.ActivityAdded");
        assertThat(EventTypes.nameOf(EventTypes.TENANT_ONBOARDED)).isEqualTo("identity.TenantOnboarded");
    }

    @Test
    void topicOf() {
        assertThat(EventTypes.topicOf(EventTypes.ACTIVITY_ADDED)).isEqualTo(EventTypes.PLANS_TOPIC);
        assertThat(EventTypes.topicOf(EventTypes.TENANT_REACTIVATED)).isEqualTo(EventTypes.IDENTITY_TOPIC);
        assertThat(EventTypes.topicOf("monitoring.StatusReported.v1")).isEqualTo(EventTypes.MONITORING_TOPIC);
        assertThat(EventTypes.PLANS_TOPIC + EventTypes.DLT_SUFFIX).isEqualTo("plans.events.DLT");
        assertThatThrownBy(() -> EventTypes.topicOf("ActivityAdded")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EventTypes.topicOf(".ActivityAdded.v1")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void allIsStableAndReadOnly() {
        assertThat(EventTypes.all()).isNotEmpty();
        assertThat(EventTypes.all().keySet()).startsWith(EventTypes.PLAN_CREATED);
        assertThatThrownBy(() -> EventTypes.all().put("plans.Forged.v1", ActivityAdded.class))
                .isInstanceOf(UnsupportedOperationException.class);
    }
}
