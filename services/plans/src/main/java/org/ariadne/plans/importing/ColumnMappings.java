package org.ariadne.plans.importing;

import java.util.List;
import java.util.Optional;

/** Column mappings a tenant saved for its spreadsheets, by name (collection {@code import_mappings}). */
public interface ColumnMappings {

    void save(ColumnMapping mapping);

    Optional<ColumnMapping> find(String name);

    List<ColumnMapping> all();
}
