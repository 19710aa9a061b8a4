package org.ariadne.tenancy;

import java.util.regex.Pattern;

/**
 * A jurisdiction's id: a lower-case ISO 3166-1 code ({@code me}, {@code si}, {@code xk}, {@code ba}) or an
 * ISO 3166-2 style subdivision ({@code ba-04}). Parsed once at every boundary; never a loose string inside.
 */
public record TenantId(String value) {

    private static final Pattern FORMAT = Pattern.compile("^[a-z]{2}(-[a-z0-9]{1,8})?$");

    public TenantId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new InvalidTenantIdException(value);
        }
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
