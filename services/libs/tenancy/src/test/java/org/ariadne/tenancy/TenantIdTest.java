package org.ariadne.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TenantIdTest {

    @ParameterizedTest
    @ValueSource(strings = {"me", "si", "xk", "ba", "ba-04", "ba-sa", "ch-zh12345"})
    void acceptsCountryAndSubdivisionCodes(String value) {
        assertThat(TenantId.of(value).value()).isEqualTo(value);
        assertThat(TenantId.isValid(value)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "m", "ME", "BA_04", "ba_04", "ba-", "ba-123456789", "mne", "b4", "ba-04/", "../me", "me ", "platform"})
    void refusesAnythingElse(String value) {
        assertThat(TenantId.isValid(value)).isFalse();
        assertThatThrownBy(() -> TenantId.of(value)).isInstanceOf(InvalidTenantIdException.class)
                .hasMessageContaining("is not a tenant id");
    }

    @Test
    void aHostileValueIsNotEchoedInFull() {
        String hostile = "x".repeat(10_000);
        assertThatThrownBy(() -> TenantId.of(hostile)).isInstanceOfSatisfying(InvalidTenantIdException.class,
                e -> assertThat(e.getMessage()).hasSizeLessThan(300));
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> TenantId.of(null)).isInstanceOf(InvalidTenantIdException.class);
    }
}
