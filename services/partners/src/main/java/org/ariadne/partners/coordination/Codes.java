package org.ariadne.partners.coordination;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Wire codes of the coordination enums: lower case, e.g. {@code strike_force}, {@code in_progress}. */
final class Codes {

    private Codes() {
    }

    static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        return code == null ? Optional.empty()
                : Arrays.stream(type.getEnumConstants()).filter(e -> of(e).equals(code.strip())).findFirst();
    }

    static <E extends Enum<E>> String list(Class<E> type) {
        return String.join(", ", Arrays.stream(type.getEnumConstants()).map(Codes::of).toList());
    }
}
