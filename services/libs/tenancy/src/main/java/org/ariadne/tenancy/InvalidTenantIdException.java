package org.ariadne.tenancy;

/** A value that is not a tenant id. lib-web answers it with the {@code tenant-invalid} problem. */
public class InvalidTenantIdException extends IllegalArgumentException {

    public InvalidTenantIdException(String value) {
        super("'" + abbreviate(value) + "' is not a tenant id: expected a lower-case country code such as 'me' or a "
                + "subdivision such as 'ba-04'");
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "";
        }
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }
}
