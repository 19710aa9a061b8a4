package org.ariadne.webapp.monitoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The reporting form of one activity, as the browser sends it. Empty figure rows are left out. */
public class ReportForm {

    private String status = "ongoing";
    private Integer completion;
    private String narrative;
    private List<Figure> figures = new ArrayList<>();

    /** A figure row of the form. */
    public static class Figure {
        private String label;
        private String value;
        private String unit;
        private String year;

        public String getLabel() { return label; }
        public void setLabel(String label) { this.label = label; }
        public String getValue() { return value; }
        public void setValue(String value) { this.value = value; }
        public String getUnit() { return unit; }
        public void setUnit(String unit) { this.unit = unit; }
        public String getYear() { return year; }
        public void setYear(String year) { this.year = year; }

        boolean empty() {
            return blank(label) && blank(value);
        }
    }

    public String getStatus() { return status; }
    public void setStatus(String status) { this.status = status; }
    public Integer getCompletion() { return completion; }
    public void setCompletion(Integer completion) { this.completion = completion; }
    public String getNarrative() { return narrative; }
    public void setNarrative(String narrative) { this.narrative = narrative; }
    public List<Figure> getFigures() { return figures; }
    public void setFigures(List<Figure> figures) { this.figures = figures; }

    /** The report as monitoring takes it ({@code PUT /contributions/{id}/reports}); the service validates every field. */
    public Map<String, Object> toReport(String activityId, String language) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("activityId", activityId);
        report.put("status", status);
        report.put("completion", completion);
        report.put("narrative", blank(narrative) ? null : narrative.strip());
        report.put("language", language);
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Figure figure : figures) {
            if (figure == null || figure.empty()) {
                continue;
            }
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", strip(figure.label));
            row.put("value", figure.value == null ? null : figure.value.strip().replace(',', '.'));
            row.put("unit", strip(figure.unit));
            row.put("year", strip(figure.year));
            rows.add(row);
        }
        report.put("figures", rows);
        return report;
    }

    /** The form filled with a saved report (or empty), with one empty figure row to add to. */
    @SuppressWarnings("unchecked")
    public static ReportForm of(Map<String, Object> report) {
        ReportForm form = new ReportForm();
        if (report != null) {
            form.status = String.valueOf(report.getOrDefault("status", "ongoing"));
            form.completion = report.get("completion") instanceof Number n ? n.intValue() : null;
            form.narrative = (String) report.get("narrative");
            if (report.get("figures") instanceof List<?> saved) {
                for (Object item : saved) {
                    Map<String, Object> f = (Map<String, Object>) item;
                    Figure figure = new Figure();
                    figure.label = (String) f.get("label");
                    figure.value = f.get("value") == null ? null : f.get("value").toString();
                    figure.unit = (String) f.get("unit");
                    figure.year = f.get("year") == null ? null : f.get("year").toString();
                    form.figures.add(figure);
                }
            }
        }
        form.figures.add(new Figure());
        return form;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String strip(String value) {
        return blank(value) ? null : value.strip();
    }
}
