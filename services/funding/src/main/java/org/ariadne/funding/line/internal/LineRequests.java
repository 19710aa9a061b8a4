package org.ariadne.funding.line.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ariadne.funding.line.Allocation;
import org.ariadne.funding.line.AllocationStatus;
import org.ariadne.funding.line.CoFinancing;
import org.ariadne.funding.line.FundingSource;
import org.ariadne.funding.line.InstitutionRef;
import org.ariadne.funding.line.LineFields;
import org.ariadne.funding.line.LinkTarget;
import org.ariadne.funding.line.SourceKind;
import org.ariadne.funding.line.TransactionType;
import org.ariadne.funding.money.Amounts;
import org.ariadne.funding.money.CurrencyCode;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;

/**
 * The request bodies of the lines API and their one validation: every field is checked, every problem is collected
 * (a JSON Pointer and what to send), and a request with any problem is refused whole — nothing is written. Amounts are
 * strings ("129999.04"), read by {@link Amounts}.
 */
final class LineRequests {

    static final int MAX_TEXT = 1000;
    static final int MAX_NAME = 300;
    static final int MAX_ALLOCATIONS = 100;
    static final int MAX_LINKS = 100;

    private LineRequests() {
    }

    record Institution(String name, String institutionId) {
    }

    record Source(String kind, String programme, Institution funder) {
    }

    record CoFinancingRequest(String group, String sharePct) {
    }

    record AllocationRequest(Integer year, String amount, String status) {
    }

    record LinkRequest(String tenant, String planId, String activityId, String code, String sharePct) {
    }

    record CreateLineRequest(String code, String title, String currency, Institution holder, Source source,
            CoFinancingRequest coFinancing, String grantId, List<AllocationRequest> allocations, List<LinkRequest> links) {
    }

    record ChangeLineRequest(String code, String title, String currency, Institution holder, Source source,
            CoFinancingRequest coFinancing, String grantId) {
    }

    record TransactionRequest(String type, String amount, String currency, String date, String valueDate,
            Institution provider, Institution receiver, String description, String evidence) {
    }

    record ReversalRequest(String reason, String reversedOn) {
    }

    /** A validated transaction, before it has an id. */
    record TransactionInput(TransactionType type, BigDecimal amount, CurrencyCode currency, LocalDate date,
            LocalDate valueDate, InstitutionRef provider, InstitutionRef receiver, String description, String evidence) {
    }

    static LineFields fields(String code, String title, String currency, Institution holder, Source source,
            CoFinancingRequest coFinancing, String grantId, String at, List<FieldProblem> problems) {
        text(at + "/code", code, 200, false, problems);
        text(at + "/title", title, MAX_TEXT, true, problems);
        CurrencyCode currencyCode = Amounts.currency(at + "/currency", currency, problems);
        InstitutionRef holderRef = institution(at + "/holder", holder, true, problems);
        FundingSource fundingSource = null;
        if (source == null) {
            problems.add(new FieldProblem(at + "/source", "name the source: {\"kind\": \"state_budget\"} (or entity_budget, "
                    + "cantonal_budget, eu_fund, donor, donations_unspecified, none_required, other)"));
        } else {
            SourceKind kind = SourceKind.fromWire(source.kind()).orElse(null);
            if (kind == null) {
                problems.add(new FieldProblem(at + "/source/kind", "must be one of state_budget, entity_budget, "
                        + "cantonal_budget, eu_fund, donor, donations_unspecified, none_required, other"));
            }
            text(at + "/source/programme", source.programme(), 200, false, problems);
            InstitutionRef funder = institution(at + "/source/funder", source.funder(), false, problems);
            fundingSource = kind == null ? null : new FundingSource(kind, source.programme(), funder);
        }
        CoFinancing co = null;
        if (coFinancing != null) {
            text(at + "/coFinancing/group", coFinancing.group(), 200, true, problems);
            BigDecimal share = percent(at + "/coFinancing/sharePct", coFinancing.sharePct(), problems);
            if (coFinancing.group() != null && !coFinancing.group().isBlank()) {
                co = new CoFinancing(coFinancing.group(), share);
            }
        }
        text(at + "/grantId", grantId, 100, false, problems);
        if (currencyCode == null || holderRef == null || fundingSource == null || title == null || title.isBlank()
                || title.length() > MAX_TEXT) {
            return null;
        }
        return new LineFields(code, title, currencyCode, holderRef, fundingSource, co, grantId);
    }

    static Allocation allocation(String at, AllocationRequest request, CurrencyCode currency, List<FieldProblem> problems) {
        if (request == null) {
            problems.add(new FieldProblem(at, "must be an allocation {\"year\": 2023, \"amount\": \"130000.00\", "
                    + "\"status\": \"indicative\"}"));
            return null;
        }
        AllocationStatus status = request.status() == null ? AllocationStatus.INDICATIVE
                : AllocationStatus.fromWire(request.status()).orElse(null);
        if (status == null) {
            problems.add(new FieldProblem(at + "/status", "must be indicative, secured or to_be_determined"));
            return null;
        }
        if (request.year() != null && (request.year() < 1990 || request.year() > 2100)) {
            problems.add(new FieldProblem(at + "/year", "must be a fiscal year from 1990 to 2100"));
            return null;
        }
        if (status == AllocationStatus.TO_BE_DETERMINED) {
            if (request.amount() != null) {
                problems.add(new FieldProblem(at + "/amount", "an amount to be determined has no amount: leave it out "
                        + "(unknown is never 0)"));
                return null;
            }
            return new Allocation(request.year(), null, status);
        }
        if (request.year() == null) {
            problems.add(new FieldProblem(at + "/year", "an allocation with an amount needs its fiscal year"));
            return null;
        }
        BigDecimal amount = Amounts.parse(at + "/amount", request.amount(), currency, problems);
        return amount == null ? null : new Allocation(request.year(), amount, status);
    }

    static LinkTarget link(String at, LinkRequest request, List<FieldProblem> problems) {
        if (request == null) {
            problems.add(new FieldProblem(at, "must name an activity: {\"code\": \"4.2.6\", \"tenant\": \"ba-04\"} or "
                    + "{\"planId\": …, \"activityId\": …}"));
            return null;
        }
        text(at + "/tenant", request.tenant(), 20, false, problems);
        text(at + "/planId", request.planId(), 100, false, problems);
        text(at + "/activityId", request.activityId(), 100, false, problems);
        text(at + "/code", request.code(), 100, false, problems);
        return new LinkTarget(request.tenant(), request.planId(), request.activityId(), request.code());
    }

    static TransactionInput transaction(TransactionRequest request, List<FieldProblem> problems) {
        TransactionType type = TransactionType.fromWire(request.type()).orElse(null);
        if (type == null) {
            problems.add(new FieldProblem("/type", "must be one of incoming_commitment, incoming_funds, commitment, "
                    + "disbursement, expenditure"));
        }
        CurrencyCode currency = Amounts.currency("/currency", request.currency(), problems);
        BigDecimal amount = Amounts.parse("/amount", request.amount(), currency, problems);
        LocalDate date = date("/date", request.date(), true, problems);
        LocalDate valueDate = request.valueDate() == null ? date : date("/valueDate", request.valueDate(), true, problems);
        InstitutionRef provider = institution("/provider", request.provider(), false, problems);
        InstitutionRef receiver = institution("/receiver", request.receiver(), false, problems);
        text("/description", request.description(), 2000, false, problems);
        text("/evidence", request.evidence(), 2000, false, problems);
        if (!problems.isEmpty()) {
            return null;
        }
        return new TransactionInput(type, amount, currency, date, valueDate, provider, receiver, request.description(),
                request.evidence());
    }

    static InstitutionRef institution(String at, Institution institution, boolean required, List<FieldProblem> problems) {
        if (institution == null) {
            if (required) {
                problems.add(new FieldProblem(at, "name the institution: {\"name\": \"as printed\", \"institutionId\": "
                        + "optional}"));
            }
            return null;
        }
        boolean ok = text(at + "/name", institution.name(), MAX_NAME, true, problems);
        ok &= text(at + "/institutionId", institution.institutionId(), 100, false, problems);
        return ok ? new InstitutionRef(institution.name(), institution.institutionId()) : null;
    }

    static BigDecimal percent(String at, String value, List<FieldProblem> problems) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("\\d{1,3}(\\.\\d{1,4})?") || new BigDecimal(v).compareTo(BigDecimal.valueOf(100)) > 0
                || new BigDecimal(v).signum() <= 0) {
            problems.add(new FieldProblem(at, "must be a share above 0 and at most 100 (percent, e.g. \"75\"); got \""
                    + abbreviate(v) + "\""));
            return null;
        }
        return new BigDecimal(v);
    }

    static LocalDate date(String at, String value, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(at, "must be an ISO date (2023-12-31)"));
            }
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value.strip());
            if (date.getYear() < 1990 || date.getYear() > 2100) {
                problems.add(new FieldProblem(at, "must lie between 1990 and 2100"));
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(at, "must be an ISO date (2023-12-31); got \"" + abbreviate(value) + "\""));
            return null;
        }
    }

    static boolean text(String at, String value, int max, boolean required, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new FieldProblem(at, "must not be blank"));
                return false;
            }
            return true;
        }
        if (value.length() > max) {
            problems.add(new FieldProblem(at, "must be at most " + max + " characters"));
            return false;
        }
        return true;
    }

    static void requireValid(List<FieldProblem> problems) {
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
    }

    static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : new ArrayList<>(values);
    }

    private static String abbreviate(String value) {
        return value.length() > 30 ? value.substring(0, 30) + "…" : value;
    }
}
