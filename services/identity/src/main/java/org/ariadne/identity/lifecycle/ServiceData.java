package org.ariadne.identity.lifecycle;

import java.io.InputStream;
import java.io.OutputStream;

/** A service's tenant data as identity's lifecycle jobs reach it (lib-tenancy's platform endpoint of the service). */
public interface ServiceData {

    /** Streams the tenant's data of the service into {@code out}. */
    void export(String service, String tenant, OutputStream out);

    /** Imports a stream exported from tenant {@code from} into the fresh tenant {@code to}. */
    void importInto(String service, String to, String from, InputStream in);

    /** Drops the tenant's database of the service; done when it is gone (also when it never existed). */
    void drop(String service, String tenant);
}
