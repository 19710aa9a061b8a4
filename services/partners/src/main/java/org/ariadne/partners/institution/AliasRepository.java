package org.ariadne.partners.institution;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Aliases of the current tenant (each its own small aggregate with an outbox) and of the global registry. */
public interface AliasRepository {

    List<Alias> all();

    Optional<Alias> find(String key);

    List<Alias> findAll(Collection<String> keys);

    List<Alias> of(String institutionId);

    /**
     * Stores new aliases and then their AliasAdded events. All or nothing: when one key was taken meanwhile, the
     * aliases stored by this call are removed again and the keys that clashed are returned (empty on success).
     */
    List<String> insertAll(List<Alias> aliases, boolean[] institutionIsGlobal);

    /** Records a further printed spelling of an existing alias (no event: the alias itself is unchanged). */
    void addSpelling(String key, String spelling);

    /** Every alias of {@code from} now names {@code to}; returns how many. */
    long repoint(String from, String to);

    List<Alias> allGlobal();

    Optional<Alias> findGlobal(String key);

    List<Alias> findAllGlobal(Collection<String> keys);

    List<Alias> globalOf(String institutionId);

    /** As {@link #insertAll}, in the global registry (no events). */
    List<String> insertAllGlobal(List<Alias> aliases);

    void addGlobalSpelling(String key, String spelling);
}
