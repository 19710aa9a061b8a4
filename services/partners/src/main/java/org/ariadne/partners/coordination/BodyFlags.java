package org.ariadne.partners.coordination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ariadne.partners.coordination.BodyParts.Meeting;
import org.ariadne.partners.coordination.BodyParts.Membership;

/**
 * What a coordinator should look at in a body: years in which it met less often than its cadence requires, and
 * members who are not formally appointed (or declared seats with no formal appointment on record). Computed on read
 * from the body and today's date, never stored.
 */
public final class BodyFlags {

    public static final String MET_LESS_THAN_CADENCE = "met_less_than_cadence";
    public static final String MEMBERS_NOT_FORMALLY_APPOINTED = "members_not_formally_appointed";

    /** One flag: a stable code, a sentence for the coordinator and the figures behind it. */
    public record Flag(String code, String message, Map<String, Object> details) {
    }

    private BodyFlags() {
    }

    public static List<Flag> of(CoordinationBody body, LocalDate today) {
        List<Flag> flags = new ArrayList<>();
        cadence(body, today, flags);
        appointments(body, today, flags);
        return flags;
    }

    /**
     * Each completed calendar year from the body's establishment (or its first recorded meeting) counts its recorded
     * meetings against the cadence's minimum. The running year is not judged before it ends.
     */
    private static void cadence(CoordinationBody body, LocalDate today, List<Flag> flags) {
        BodyParts.Cadence cadence = body.fields().cadence();
        if (cadence == null || cadence.minimumPerYear() == null || cadence.minimumPerYear() == 0) {
            return;
        }
        Integer first = firstYear(body);
        if (first == null) {
            return;
        }
        int required = cadence.minimumPerYear();
        for (int year = first; year < today.getYear(); year++) {
            String yearText = String.valueOf(year);
            long held = body.meetings().stream().filter(m -> m.date() != null && m.date().startsWith(yearText)).count();
            if (held < required) {
                String text = cadence.text() == null ? "at least " + required + " a year" : cadence.text();
                flags.add(new Flag(MET_LESS_THAN_CADENCE, (held == 0 ? "No meeting recorded in " + year
                        : "Met " + held + (held == 1 ? " time" : " times") + " in " + year) + "; the cadence is " + text
                        + " (at least " + required + ")", Map.of("year", year, "meetings", held, "required", required)));
            }
        }
    }

    private static Integer firstYear(CoordinationBody body) {
        Integer first = null;
        BodyParts.Act act = body.fields().legalAct();
        if (act != null && act.date() != null) {
            first = Integer.parseInt(act.date().substring(0, 4));
        }
        for (Meeting m : body.meetings()) {
            int year = Integer.parseInt(m.date().substring(0, 4));
            first = first == null ? year : Math.min(first, year);
        }
        return first;
    }

    private static void appointments(CoordinationBody body, LocalDate today, List<Flag> flags) {
        String date = today.toString();
        List<Membership> active = body.memberships().stream().filter(m -> m.activeOn(date)).toList();
        List<String> notAppointed = active.stream().filter(m -> Boolean.FALSE.equals(m.formallyAppointed()))
                .map(Membership::id).toList();
        long appointed = active.stream().filter(m -> Boolean.TRUE.equals(m.formallyAppointed())).count();
        Integer declared = body.fields().declaredMemberCount();
        boolean seatsWithoutAppointment = declared != null && declared > appointed;
        if (notAppointed.isEmpty() && !seatsWithoutAppointment) {
            return;
        }
        StringBuilder message = new StringBuilder();
        if (!notAppointed.isEmpty()) {
            message.append(notAppointed.size()).append(notAppointed.size() == 1 ? " member works" : " members work")
                    .append(" in the body without a formal appointment");
        }
        if (seatsWithoutAppointment) {
            if (message.length() > 0) {
                message.append("; ");
            }
            message.append(declared).append(" members declared, ").append(active.size()).append(" on record, ")
                    .append(appointed).append(" formally appointed");
        }
        flags.add(new Flag(MEMBERS_NOT_FORMALLY_APPOINTED, message.toString(), Map.of("declared",
                declared == null ? "unknown" : declared, "onRecord", active.size(), "formallyAppointed", appointed,
                "notFormallyAppointed", notAppointed)));
    }
}
