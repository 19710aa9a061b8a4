package org.ariadne.plans.importing.office;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ariadne.plans.importing.Imports;
import org.ariadne.testing.Api;
import org.ariadne.testing.ServiceApiTest;
import org.ariadne.testing.TestJwts;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A Word action plan (merged cells, cells of several paragraphs, the header row repeated after a page break) imported
 * through the job API gives the same plan as the equivalent spreadsheet imported the same way.
 */
class WordImportJobTest extends ServiceApiTest {

    @Override
    protected String[] tenants() {
        return new String[] {"ba-w1", "ba-w2"};
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Test
    void aWordPlanImportsLikeTheSpreadsheet() throws Exception {
        Imports imports = new Imports(api);

        // A Word table's spanning area and programme rows carry no level name, so the user gives them with the file.
        Api.Response fromWord = imports.run("ba-w1", DocxPlanReaderTest.wordPlan(), DOCX,
                "format=docx&mode=commit&title=Akcioni%20plan&levelNames=Oblast&levelNames=Strate%C5%A1ki%20program");
        Api.Response fromSheet = imports.run("ba-w2", AdministrationTablesTest.sheetWithMergedAreas(), XLSX,
                "format=xlsx&mode=commit&title=Akcioni%20plan");
        assertThat(fromWord.<String>json("$.state")).as(fromWord.toString()).isEqualTo("succeeded");
        assertThat(fromSheet.<String>json("$.state")).as(fromSheet.toString()).isEqualTo("succeeded");
        assertThat(fromWord.<List<Object>>json("$.issues")).as(fromWord.toString()).isEmpty();
        assertThat(fromWord.<Integer>json("$.details.summary.activities")).isEqualTo(4);

        JsonNode word = bundle(api, "ba-w1", fromWord.json("$.result.resourceId"));
        JsonNode sheet = bundle(api, "ba-w2", fromSheet.json("$.result.resourceId"));
        assertThat(word.get("plan").get("levelNames")).isEqualTo(sheet.get("plan").get("levelNames"));
        assertThat(rows(word)).hasSize(4).isEqualTo(rows(sheet));
    }

    private static JsonNode bundle(Api api, String tenant, String planId) throws Exception {
        Api.Response exported = api.get("/api/t/" + tenant + "/plans/" + planId + "/export?format=json-bundle",
                TestJwts.forTenant(tenant));
        assertThat(exported.status()).as(exported.toString()).isEqualTo(200);
        return JSON.readTree(exported.body());
    }

    /** The rows without where they were read from (a Word table row and a sheet row number differ, by design). */
    private static List<JsonNode> rows(JsonNode bundle) {
        List<JsonNode> rows = new ArrayList<>();
        bundle.get("rows").forEach(row -> {
            ObjectNode copy = ((ObjectNode) row).deepCopy();
            copy.remove("provenance");
            rows.add(copy);
        });
        return rows;
    }
}
