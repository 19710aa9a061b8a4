package org.ariadne.funding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;

/**
 * The demo loader ./run calls ({@code infra/local/demo/load-funding.sh}) against the running service, with tokens of
 * the demo users made by the test: it leaves the demo's figures, and a second run changes nothing.
 */
class DemoLoaderTest extends ServiceApiTest {

    @Override
    protected String[] tenants() {
        return new String[] {"ba", "ba-04", "si"};
    }

    @Test
    void theDemoLoaderLeavesTheDemosFiguresAndIsHarmlessTheSecondTime() throws Exception {
        FundingApi api = new FundingApi(port);
        SeedTenants.freshDemo(context, api);
        Path tokens = tokenCommand();

        String first = run(tokens);
        String second = run(tokens);

        assertThat(first).contains("ba: 5 proposal(s) accepted", "recorded the 2023 shelter payment", "linked the safe-house",
                "ba:  planned 880000.00 BAM, disbursed 129999.04, 5 lines, 2 amounts to be determined",
                "si:  planned 521000.00 EUR (2023: 258000.00, 2024: 263000.00)");
        assertThat(second).contains("ba: 0 proposal(s) accepted", "14 already imported", "ba:  planned 880000.00 BAM")
                .doesNotContain("recorded the 2023 shelter payment");
        assertThat(api.get("ba-04", "/totals").<String>json("$.linkedIn.all.disbursed")).isEqualTo("129999.04");
        assertThat(api.get("si", "/lines").<List<?>>json("$.items")).hasSize(14);
    }

    private String run(Path tokens) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", Seeds.FOLDER.resolve("load-funding.sh").toString(),
                "http://127.0.0.1:" + port, tokens.toString()).redirectErrorStream(true).start();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(ended).as(output).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }

    /** A stand-in for bin/ariadne-token: prints a test token for the demo user it is given. */
    private static Path tokenCommand() throws IOException {
        Path script = Files.createTempFile("demo-token", ".sh");
        script.toFile().deleteOnExit();
        String ba = TestJwts.token("coordinator.ba", List.of("ba", "ba-04"), List.of("ba:coordinator", "ba-04:viewer"));
        String si = TestJwts.forTenant("si");
        Files.writeString(script, "#!/usr/bin/env bash\ncase \"$1\" in\n  coordinator.ba) echo '" + ba + "' ;;\n"
                + "  coordinator.si) echo '" + si + "' ;;\n  *) exit 1 ;;\nesac\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }
}
