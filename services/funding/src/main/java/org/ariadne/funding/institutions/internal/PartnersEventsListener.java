package org.ariadne.funding.institutions.internal;

import org.ariadne.contracts.DomainEvent;
import org.ariadne.contracts.EventTypes;
import org.ariadne.contracts.partners.v1.ActivityInstitutionsResolved;
import org.ariadne.contracts.partners.v1.AliasAdded;
import org.ariadne.contracts.partners.v1.InstitutionsMerged;
import org.ariadne.funding.institutions.InstitutionSpellings;
import org.ariadne.funding.institutions.SpellingKeys;
import org.ariadne.messaging.InboundEvent;
import org.ariadne.messaging.InboundEventHandler;
import org.ariadne.messaging.InvalidEventException;
import org.springframework.stereotype.Component;

/**
 * Anti-corruption layer for {@code partners.events}: keeps which printed names resolve to which institution in the
 * record's tenant — the tenant's aliases ({@code AliasAdded}, under the alias key), the names the partners service
 * resolved in the plans' activities ({@code ActivityInstitutionsResolved}: every resolved part, under its name and
 * acronym keys) — and follows merges. Funding reads it to tell which lines a donor organisation funds when a line's
 * funder was entered by its printed name only. Idempotent: a key always holds the latest institution it resolved to;
 * generic mentions and parts still under review are not kept.
 */
@Component
class PartnersEventsListener implements InboundEventHandler {

    private final InstitutionSpellings spellings;

    PartnersEventsListener(InstitutionSpellings spellings) {
        this.spellings = spellings;
    }

    @Override
    public String topic() {
        return EventTypes.PARTNERS_TOPIC;
    }

    @Override
    public String id() {
        return "funding.partners";
    }

    @Override
    public void handle(InboundEvent event) {
        DomainEvent payload = event.payload();
        if (payload instanceof AliasAdded e) {
            if (e.key() == null || !(e.key().startsWith("a:") || e.key().startsWith("n:")) || e.key().length() > 500) {
                throw new InvalidEventException("Event " + event.eventId() + " carries no usable alias key", null);
            }
            if (e.institutionId() != null && !e.institutionId().isBlank()) {
                spellings.save(e.key(), e.institutionId());
            }
        } else if (payload instanceof ActivityInstitutionsResolved e) {
            if (e.names() == null) {
                return;
            }
            for (ActivityInstitutionsResolved.ResolvedName name : e.names()) {
                if (name == null || name.parts() == null) {
                    continue;
                }
                for (ActivityInstitutionsResolved.ResolvedPart part : name.parts()) {
                    if (part != null && "resolved".equals(part.outcome()) && part.institutionId() != null
                            && part.text() != null && part.text().length() <= 500) {
                        SpellingKeys.of(part.text()).forEach(key -> spellings.save(key, part.institutionId()));
                    }
                }
            }
        } else if (payload instanceof InstitutionsMerged e) {
            if (e.mergedId() == null || e.survivorId() == null) {
                throw new InvalidEventException("Event " + event.eventId() + " names no merged or surviving institution", null);
            }
            spellings.merge(e.mergedId(), e.survivorId());
        }
    }
}
