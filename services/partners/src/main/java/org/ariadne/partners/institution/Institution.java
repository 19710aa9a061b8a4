package org.ariadne.partners.institution;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;

/**
 * An institution of a tenant (a ministry, a police directorate, an NGO …) or of the platform's global registry
 * (IOM, the Council of Europe, World Vision …, which every tenant references but none changes). Immutable: every
 * change returns a new institution; {@link InstitutionEvents} derives the events from the difference. A merged
 * institution keeps its id so old references can still be followed to the survivor ({@code mergedInto}).
 */
public record Institution(String id, boolean global, String name, String nameEn, String acronym, InstitutionKind kind,
        String parentId, String globalRef, String iatiRef, String email, InstitutionStatus status, String mergedInto,
        Instant createdAt, Instant updatedAt, long version) {

    public static final int MAX_NAME = 300;
    public static final int MAX_ACRONYM = 30;
    /** Units nest (ministry → sector → department); deeper chains are a data error, not an organisation chart. */
    public static final int MAX_DEPTH = 8;
    private static final Pattern IATI_ORG_ID = Pattern.compile("^[A-Za-z]{2}-[A-Za-z0-9._-]{1,100}$");
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,200}\\.[^@\\s]{2,20}$");

    /** A new institution (version 0 until stored); 422 listing every invalid field, nothing created. */
    public static Institution register(String id, boolean global, InstitutionFields fields, Instant now,
            InstitutionLookup lookup) {
        List<FieldProblem> problems = check(id, global, fields, lookup);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return new Institution(id, global, fields.name(), fields.nameEn(), fields.acronym(), fields.kind(),
                fields.parentId(), fields.globalRef(), fields.iatiRef(), fields.email(), InstitutionStatus.ACTIVE, null,
                now, now, 0);
    }

    public InstitutionFields fields() {
        return new InstitutionFields(name, nameEn, acronym, kind, parentId, globalRef, iatiRef, email);
    }

    public boolean isActive() {
        return status == InstitutionStatus.ACTIVE;
    }

    /** The institution with new fields; 409 when it was merged away, 422 for invalid fields. */
    public Institution change(InstitutionFields fields, Instant now, InstitutionLookup lookup) {
        requireActive("changed");
        List<FieldProblem> problems = check(id, global, fields, lookup);
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        return new Institution(id, global, fields.name(), fields.nameEn(), fields.acronym(), fields.kind(),
                fields.parentId(), fields.globalRef(), fields.iatiRef(), fields.email(), status, mergedInto, createdAt,
                now, version);
    }

    /**
     * This institution merged into {@code survivor}: it stays as a pointer so that every reference to it can be
     * followed. 422 for a merge into itself, 409 when either side is no longer active or the survivor is one of this
     * institution's own units (the merge would make it its own parent).
     */
    public Institution mergeInto(Institution survivor, Instant now, InstitutionLookup lookup) {
        if (survivor.id().equals(id)) {
            throw ProblemException.validation(List.of(new FieldProblem("/into", "An institution cannot be merged into itself")));
        }
        requireActive("merged");
        if (global) {
            throw new ProblemException(ProblemType.FORBIDDEN, "Institution " + id + " belongs to the global registry; "
                    + "only the platform administrator changes it");
        }
        if (!survivor.isActive()) {
            throw new ProblemException(ProblemType.INSTITUTION_MERGED, "Institution " + survivor.id() + " was merged into "
                    + survivor.mergedInto() + "; merge into that one instead",
                    Map.of("mergedInto", String.valueOf(survivor.mergedInto())));
        }
        if (ancestors(survivor, lookup).contains(id)) {
            throw new ProblemException(ProblemType.CONFLICT, survivor.name() + " is a unit of " + name
                    + "; merging the parent into its own unit would make it its own parent");
        }
        return new Institution(id, global, name, nameEn, acronym, kind, parentId, globalRef, iatiRef, email,
                InstitutionStatus.MERGED, survivor.id(), createdAt, now, version);
    }

    /** The same institution, re-pointed: a parent or global reference to {@code from} now names {@code to}. */
    public Institution repointed(String from, String to, Instant now) {
        String newParent = from.equals(parentId) ? to : parentId;
        String newGlobalRef = from.equals(globalRef) ? to : globalRef;
        if (newParent != null && newParent.equals(id)) {
            newParent = null; // the unit absorbed its own parent: it is the parent now
        }
        return new Institution(id, global, name, nameEn, acronym, kind, newParent, newGlobalRef, iatiRef, email, status,
                mergedInto, createdAt, now, version);
    }

    public Institution atVersion(long newVersion) {
        return new Institution(id, global, name, nameEn, acronym, kind, parentId, globalRef, iatiRef, email, status,
                mergedInto, createdAt, updatedAt, newVersion);
    }

    private void requireActive(String what) {
        if (!isActive()) {
            throw new ProblemException(status == InstitutionStatus.MERGED ? ProblemType.INSTITUTION_MERGED
                    : ProblemType.CONFLICT, "Institution " + id + " (" + name + ") is " + status.code()
                    + (mergedInto == null ? "" : " into " + mergedInto) + " and cannot be " + what,
                    mergedInto == null ? Map.of() : Map.of("mergedInto", mergedInto));
        }
    }

    static List<FieldProblem> check(String id, boolean global, InstitutionFields fields, InstitutionLookup lookup) {
        List<FieldProblem> problems = new ArrayList<>();
        if (fields.name() == null) {
            problems.add(new FieldProblem("/name", "must not be blank"));
        } else if (fields.name().length() > MAX_NAME) {
            problems.add(new FieldProblem("/name", "must be at most " + MAX_NAME + " characters"));
        }
        if (fields.nameEn() != null && fields.nameEn().length() > MAX_NAME) {
            problems.add(new FieldProblem("/nameEn", "must be at most " + MAX_NAME + " characters"));
        }
        if (fields.acronym() != null && fields.acronym().length() > MAX_ACRONYM) {
            problems.add(new FieldProblem("/acronym", "must be at most " + MAX_ACRONYM + " characters"));
        }
        if (fields.kind() == null) {
            problems.add(new FieldProblem("/kind", "must be one of " + InstitutionKind.codes()));
        }
        if (fields.iatiRef() != null && !IATI_ORG_ID.matcher(fields.iatiRef()).matches()) {
            problems.add(new FieldProblem("/iatiRef", "must be an IATI organisation identifier such as XM-DAC-47066"));
        }
        if (fields.email() != null && !EMAIL.matcher(fields.email()).matches()) {
            problems.add(new FieldProblem("/email", "must be an e-mail address"));
        }
        if (fields.parentId() != null) {
            checkParent(id, global, fields.parentId(), lookup, problems);
        }
        if (fields.globalRef() != null) {
            if (global) {
                problems.add(new FieldProblem("/globalRef", "a global institution does not refer to another one; use parentId"));
            } else if (lookup.find(fields.globalRef(), true).filter(Institution::isActive).isEmpty()) {
                problems.add(new FieldProblem("/globalRef", "There is no active institution " + fields.globalRef()
                        + " in the global registry"));
            }
        }
        return problems;
    }

    private static void checkParent(String id, boolean global, String parentId, InstitutionLookup lookup,
            List<FieldProblem> problems) {
        if (parentId.equals(id)) {
            problems.add(new FieldProblem("/parentId", "An institution cannot be its own parent unit"));
            return;
        }
        Optional<Institution> parent = lookup.find(parentId, global);
        if (parent.isEmpty()) {
            problems.add(new FieldProblem("/parentId", "There is no institution " + parentId
                    + (global ? " in the global registry" : " in this tenant")));
            return;
        }
        if (!parent.get().isActive()) {
            problems.add(new FieldProblem("/parentId", "Institution " + parentId + " is " + parent.get().status().code()));
            return;
        }
        Set<String> chain = ancestors(parent.get(), lookup);
        if (chain.contains(id)) {
            problems.add(new FieldProblem("/parentId", "Under " + parent.get().name()
                    + " this institution would become a unit of itself (a cycle of parent units)"));
        } else if (chain.size() + 2 > MAX_DEPTH) {
            problems.add(new FieldProblem("/parentId", "Units nest at most " + MAX_DEPTH + " levels deep"));
        }
    }

    /** The ids of {@code start} and every parent above it (stops at a cycle already in the data). */
    static Set<String> ancestors(Institution start, InstitutionLookup lookup) {
        Set<String> seen = new HashSet<>();
        Optional<Institution> current = Optional.of(start);
        while (current.isPresent() && seen.add(current.get().id()) && seen.size() <= MAX_DEPTH * 2) {
            String parent = current.get().parentId();
            current = parent == null ? Optional.empty() : lookup.find(parent, current.get().global());
        }
        return seen;
    }
}
