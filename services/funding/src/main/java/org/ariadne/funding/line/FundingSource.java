package org.ariadne.funding.line;

/** A line's source: its kind, the programme (ISF, AMIF, JTiP …) and the funder, when the line names one. */
public record FundingSource(SourceKind kind, String programme, InstitutionRef funder) {

    public FundingSource {
        if (kind == null) {
            throw new IllegalArgumentException("a source needs its kind");
        }
        programme = programme == null || programme.isBlank() ? null : programme.strip();
    }
}
