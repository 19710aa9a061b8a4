package org.ariadne.plans.importing;

import java.util.List;
import java.util.Map;

/**
 * One activity as a table gives it, before it becomes part of a plan: every cell as printed, nothing interpreted
 * yet. All readers (JSON lines, XLSX, CSV, DOCX) produce these rows and all writers (XLSX, JSON bundle) consume them,
 * so every format goes through the same validation and the same mapping into the plan.
 *
 * @param rowNumber           where the row is in its source (1-based line or table row), for problem reports
 * @param path                the ancestors, top level first (e.g. area, strategic programme)
 * @param code                the activity code as printed (may repeat or disagree with its parent: kept, flagged later)
 * @param title               the activity text as printed
 * @param description         a longer description where the table has one (SI)
 * @param goals               goals of the activity or task (SI "Cilj")
 * @param expectedResults     expected results (XK)
 * @param deadline            the deadline cell as printed
 * @param leadInstitutions    lead institutions as printed, one per entry, all equal
 * @param partners            partner institutions as printed
 * @param implementers        implementers as printed
 * @param funders             funders as printed
 * @param indicators          indicators as printed
 * @param meansOfVerification means of verification as printed
 * @param quantitativeTargets quantitative targets as printed (SI)
 * @param resources           the resources / funding cell as printed
 * @param frameworkRefs       references to international frameworks as printed (GRETA paragraph, EU strategy)
 * @param extra               any further column, by its header, as printed: never dropped
 */
public record ImportRow(
        int rowNumber,
        List<PathLevel> path,
        String code,
        String title,
        String description,
        List<String> goals,
        String expectedResults,
        String deadline,
        List<String> leadInstitutions,
        List<String> partners,
        List<String> implementers,
        List<String> funders,
        List<String> indicators,
        List<String> meansOfVerification,
        List<String> quantitativeTargets,
        String resources,
        List<String> frameworkRefs,
        Map<String, String> extra) {

    /** One ancestor of a row: the level's name as the plan prints it, the code and the title. */
    public record PathLevel(String level, String code, String title) {
    }
}
