package org.ariadne.funding.line;

import org.ariadne.funding.money.CurrencyCode;

/**
 * A line's own fields: its code as printed ("140005", null for BiH's unnumbered lines), what it is for, its currency,
 * its holder (who spends it), its source, its place in a co-financing group and the grant it belongs to.
 */
public record LineFields(String code, String title, CurrencyCode currency, InstitutionRef holder, FundingSource source,
        CoFinancing coFinancing, String grantId) {

    public LineFields {
        if (title == null || title.isBlank() || currency == null || holder == null || source == null) {
            throw new IllegalArgumentException("a line needs title, currency, holder and source");
        }
        code = code == null || code.isBlank() ? null : code.strip();
        title = title.strip();
        grantId = grantId == null || grantId.isBlank() ? null : grantId;
    }
}
