package org.ariadne.webapp.monitoring.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedCodesTest {

    @Test
    void areasComeWithTheirProgrammesInTheOrderPeopleReadThem() {
        List<String> codes = new ArrayList<>(Arrays.asList("2", "1.10", "1", "1.2", null, "2.1", "1.1", "I"));
        codes.sort(PrintedCodes::compare);
        assertThat(codes).containsExactly("1", "1.1", "1.2", "1.10", "2", "2.1", "I", null);
    }
}
