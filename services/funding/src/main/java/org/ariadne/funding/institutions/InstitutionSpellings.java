package org.ariadne.funding.institutions;

import java.util.Optional;

/**
 * How the current tenant's printed institution names resolve to institutions (of the tenant's registry or the
 * global one), as the partners service published it: its aliases and its readings of the plans' names. Funding keeps
 * only the key → institution id pairs, under the partners' own keys ({@code n:<folded name>}, {@code a:<acronym>}).
 */
public interface InstitutionSpellings {

    /** Records that a matching key names an institution (a later resolution of the same key replaces it). */
    void save(String key, String institutionId);

    /** Every key naming {@code mergedId} names {@code survivorId} from now on. */
    void merge(String mergedId, String survivorId);

    /** The institution a printed name resolves to: by its folded name, else as an acronym. */
    Optional<String> resolve(String printedName);
}
