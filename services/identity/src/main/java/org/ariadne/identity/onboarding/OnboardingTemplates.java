package org.ariadne.identity.onboarding;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The templates a jurisdiction is onboarded from: {@code country}, {@code entity}, {@code canton} (resources/onboarding). */
@Component
public class OnboardingTemplates {

    public static final List<String> NAMES = List.of("country", "entity", "canton");

    private final List<OnboardingTemplate> templates;

    public OnboardingTemplates() {
        JsonMapper json = JsonMapper.builder().build();
        List<OnboardingTemplate> loaded = new ArrayList<>();
        for (String name : NAMES) {
            try (InputStream in = new ClassPathResource("onboarding/" + name + ".json").getInputStream()) {
                loaded.add(json.readValue(in, OnboardingTemplate.class));
            } catch (IOException e) {
                throw new UncheckedIOException("Onboarding template " + name + " is missing", e);
            }
        }
        this.templates = List.copyOf(loaded);
    }

    public List<OnboardingTemplate> all() {
        return templates;
    }

    public Optional<OnboardingTemplate> find(String name) {
        return templates.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
