package org.ariadne.monitoring.planview;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {

    @Test
    void ordersCodesAsPeopleReadThem() {
        List<String> codes = new ArrayList<>(Arrays.asList("10", null, "2", "1.10", "1.2", "1", "A.3", "a.10", "II", "01"));

        codes.sort(NaturalOrder.CODES);

        assertThat(codes).containsExactly("1", "01", "1.2", "1.10", "2", "10", "A.3", "a.10", "II", null);
    }
}
