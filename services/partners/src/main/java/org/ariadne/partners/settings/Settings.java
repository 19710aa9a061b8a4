package org.ariadne.partners.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.springframework.stereotype.Service;

/** The current tenant's partners settings: read with defaults, changed by the coordinator, language from identity. */
@Service
public class Settings {

    public static final int MAX_DAYS_BEFORE = 365;
    public static final int MAX_DAYS_WITHOUT_DUE_DATE = 3650;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,200}\\.[^@\\s]{2,20}$");

    private final SettingsStore store;

    public Settings(SettingsStore store) {
        this.store = store;
    }

    /** Where the settings are kept. */
    public interface SettingsStore {
        java.util.Optional<PartnerSettings> find();

        void save(PartnerSettings settings);

        /** Sets the language only when none was set yet (identity's default never overrides the coordinator's choice). */
        void defaultLanguage(String language);
    }

    public PartnerSettings current() {
        return store.find().orElse(PartnerSettings.DEFAULTS);
    }

    public PartnerSettings save(PartnerSettings settings) {
        List<FieldProblem> problems = new ArrayList<>();
        if (settings.language() == null || !PartnerSettings.LANGUAGES.contains(settings.language())) {
            problems.add(new FieldProblem("/language", "must be one of " + PartnerSettings.LANGUAGES));
        }
        if (settings.coordinatorEmail() != null && !EMAIL.matcher(settings.coordinatorEmail()).matches()) {
            problems.add(new FieldProblem("/coordinatorEmail", "must be an e-mail address"));
        }
        if (settings.fromAddress() != null && !EMAIL.matcher(settings.fromAddress()).matches()) {
            problems.add(new FieldProblem("/fromAddress", "must be an e-mail address"));
        }
        if (settings.daysBefore() < 0 || settings.daysBefore() > MAX_DAYS_BEFORE) {
            problems.add(new FieldProblem("/daysBefore", "must be between 0 and " + MAX_DAYS_BEFORE));
        }
        if (settings.daysWithoutDueDate() < 1 || settings.daysWithoutDueDate() > MAX_DAYS_WITHOUT_DUE_DATE) {
            problems.add(new FieldProblem("/daysWithoutDueDate", "must be between 1 and " + MAX_DAYS_WITHOUT_DUE_DATE));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        store.save(settings);
        return current();
    }

    public void defaultLanguage(String language) {
        if (language != null && PartnerSettings.LANGUAGES.contains(language)) {
            store.defaultLanguage(language);
        } else if (language != null) {
            store.defaultLanguage(PartnerSettings.textLanguage(language));
        }
    }
}
