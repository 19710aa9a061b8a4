package org.ariadne.plans.plan;

/**
 * One field of a partial change: absent (keep the current value) or present with a value, which may be null
 * (clear it, or for a parent: move to the top level).
 */
public record Patch<T>(boolean present, T value) {

    private static final Patch<?> ABSENT = new Patch<>(false, null);

    @SuppressWarnings("unchecked")
    public static <T> Patch<T> absent() {
        return (Patch<T>) ABSENT;
    }

    public static <T> Patch<T> of(T value) {
        return new Patch<>(true, value);
    }

    public T orElse(T current) {
        return present ? value : current;
    }
}
