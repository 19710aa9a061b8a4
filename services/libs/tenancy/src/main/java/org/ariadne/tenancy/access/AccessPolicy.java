package org.ariadne.tenancy.access;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ariadne.tenancy.TenantRole;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Who may call what, declared once per service: HTTP method and path pattern → the tenant role(s) required. Checked
 * before the handler runs for every request of the service, so no endpoint can forget its check; the first matching
 * rule decides, and a request no rule matches needs only tenant membership (which the tenant filter checked).
 * A service declares its policy as a bean in its {@code access} package.
 */
public final class AccessPolicy {

    /** The methods that change something. */
    public static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    /** The methods that only read. */
    public static final Set<String> READS = Set.of("GET", "HEAD");

    private static final PathPatternParser PARSER = PathPatternParser.defaultInstance;

    private final List<Rule> rules;

    private AccessPolicy(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static AccessPolicy of(Rule... rules) {
        return new AccessPolicy(List.of(rules));
    }

    /**
     * One rule: requests with one of {@code methods} on a path matching {@code pattern} need one of {@code anyOf};
     * {@code action} says in the refusal what was refused ("Changing plans").
     */
    public record Rule(Set<String> methods, PathPattern pattern, String action, List<TenantRole> anyOf) {

        public boolean matches(String method, String path) {
            return methods.contains(method) && pattern.matches(PathContainer.parsePath(path));
        }
    }

    /** A rule for the writing methods (POST, PUT, PATCH, DELETE). */
    public static Rule writes(String pattern, String action, TenantRole... anyOf) {
        return on(WRITES, pattern, action, anyOf);
    }

    /** A rule for the reading methods (GET, HEAD). */
    public static Rule reads(String pattern, String action, TenantRole... anyOf) {
        return on(READS, pattern, action, anyOf);
    }

    public static Rule on(Set<String> methods, String pattern, String action, TenantRole... anyOf) {
        return new Rule(Set.copyOf(methods), PARSER.parse(pattern), action, List.of(anyOf));
    }

    /** The rule that decides a request, if any. */
    public Optional<Rule> ruleFor(String method, String path) {
        return rules.stream().filter(rule -> rule.matches(method, path)).findFirst();
    }

    /** Checks the current caller against the rule for this request; throws a missing-role refusal. */
    public void check(String method, String path) {
        ruleFor(method, path).ifPresent(rule -> Caller.current().require(rule.action(), rule.anyOf().toArray(TenantRole[]::new)));
    }

    public List<Rule> rules() {
        return rules;
    }
}
