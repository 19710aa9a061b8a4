package org.ariadne.identity.lifecycle;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.ariadne.identity.invitation.InvitationRepository;
import org.ariadne.identity.tenant.NewTenant;
import org.ariadne.identity.tenant.Tenant;
import org.ariadne.identity.tenant.TenantRegistry;
import org.ariadne.identity.user.Membership;
import org.ariadne.identity.user.UserAccount;
import org.ariadne.identity.user.UserRepository;
import org.ariadne.jobs.Job;
import org.ariadne.jobs.JobContext;
import org.ariadne.jobs.JobFiles;
import org.ariadne.jobs.JobOutcome;
import org.ariadne.jobs.Jobs;
import org.ariadne.tenancy.TenantContext;
import org.ariadne.tenancy.TenantId;
import org.ariadne.tenancy.TenantRole;
import org.ariadne.tenancy.data.TenantData;
import org.ariadne.web.FieldProblem;
import org.ariadne.web.ProblemException;
import org.ariadne.web.ProblemType;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * A tenant's lifecycle beyond suspension, for platform admins: the export of its whole data across every service as a
 * job (one archive with a manifest and checksums), offboarding in two steps (a request, then a confirmation with the
 * one-time token and the phrase, only after an export taken while the tenant was suspended has been downloaded) that
 * drops the tenant's database in every service and its people's memberships and leaves an audit entry, and the import
 * of an archive into a fresh tenant id as a job. The services are reached through {@link ServiceData} (their
 * lib-tenancy endpoint), identity's own tenant data in-process.
 */
@Service
public class TenantLifecycle {

    public static final String EXPORT_KIND = "identity.tenant-export";
    public static final String IMPORT_KIND = "identity.tenant-import";
    /** Identity's own tenant database minus its job records (earlier archives among them). */
    static final Set<String> JOB_COLLECTIONS = Set.of("jobs", "job_files", "job_file_chunks");
    static final String IDENTITY = "identity";
    private static final Duration CONFIRM_WITHIN = Duration.ofMinutes(15);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(java.time.ZoneOffset.UTC);
    private static final Logger log = LoggerFactory.getLogger(TenantLifecycle.class);

    private final TenantRegistry registry;
    private final UserRepository users;
    private final InvitationRepository invitations;
    private final ServiceEndpoints endpoints;
    private final ServiceData services;
    private final TenantData ownData;
    private final Jobs jobs;
    private final LifecycleRecords records;
    private final TenantAuditLog audit;
    private final SecureRandom random = new SecureRandom();

    public TenantLifecycle(TenantRegistry registry, UserRepository users, InvitationRepository invitations, ServiceEndpoints endpoints,
            ServiceData services, TenantData ownData, Jobs jobs, LifecycleRecords records, TenantAuditLog audit) {
        this.registry = registry;
        this.users = users;
        this.invitations = invitations;
        this.endpoints = endpoints;
        this.services = services;
        this.ownData = ownData;
        this.jobs = jobs;
        this.records = records;
        this.audit = audit;
    }

    // ---------------------------------------------------------------- export

    /** Starts the export of the tenant's whole data; the job's result is the archive. */
    public Job startExport(String id, String admin) {
        Tenant tenant = registry.get(id);
        List<String> names = new ArrayList<>(endpoints.services().keySet());
        return TenantContext.callAs(TenantId.of(id), () -> {
            Map<String, Object> input = new LinkedHashMap<>();
            input.put("tenant", id);
            input.put("services", names);
            input.put("suspended", !tenant.active());
            Job job = jobs.start(EXPORT_KIND, input, context -> export(tenant, names, admin, context));
            records.exportStarted(id, job.id(), tenant.version(), !tenant.active(), Instant.now());
            return job;
        });
    }

    public Job exportJob(String id, String jobId) {
        registry.get(id);
        return TenantContext.callAs(TenantId.of(id), () -> requireKind(jobs.get(jobId), EXPORT_KIND));
    }

    /** The archive of a finished export; remembered as downloaded (offboarding waits for that). */
    public JobFiles.StoredFile archive(String id, String jobId) {
        exportJob(id, jobId);
        JobFiles.StoredFile file = TenantContext.callAs(TenantId.of(id), () -> jobs.file(jobId));
        records.exportDownloaded(id, jobId, Instant.now());
        return file;
    }

    private JobOutcome export(Tenant tenant, List<String> names, String admin, JobContext job) {
        TenantId id = TenantId.of(tenant.id());
        String fileName = "ariadne-" + tenant.id() + "-" + STAMP.format(Instant.now()) + ".zip";
        return JobOutcome.file(fileName, "application/zip", out -> {
            MessageDigest whole = TenantArchive.sha256();
            TenantArchive.Writer archive = new TenantArchive.Writer(new DigestOutputStream(out, whole));
            int total = names.size() + 2;
            int done = 0;
            for (String name : names) {
                archive.add("services/" + name + ".ndjson", name, o -> services.export(name, tenant.id(), o));
                job.progress(++done, total);
            }
            archive.add("services/" + IDENTITY + ".ndjson", IDENTITY, o -> ownData.export(id, o, JOB_COLLECTIONS));
            archive.add(TenantArchive.MEMBERSHIPS, IDENTITY, o -> o.write(memberships(tenant.id()).toJson()
                    .getBytes(StandardCharsets.UTF_8)));
            job.progress(++done + 1, total);
            archive.finish(registryEntry(tenant).append("exportedAt", Instant.now().toString()).append("exportedBy", admin)
                    .append("suspended", !tenant.active()));
            records.exportFinished(tenant.id(), job.jobId(), HexFormat.of().formatHex(whole.digest()), Instant.now());
            log.info("Tenant {} exported ({} services and identity) by {}", tenant.id(), names.size(), admin);
        }).withDetails(Map.of("services", names));
    }

    // ---------------------------------------------------------------- offboarding

    /** What the platform admin must send back to confirm an offboarding, within 15 minutes. */
    public record OffboardingConfirmation(String tenant, String phrase, String token, Instant expiresAt, String exportJobId,
            String exportSha256) {
    }

    public OffboardingConfirmation requestOffboarding(String id, String reason, String admin) {
        Tenant tenant = registry.get(id);
        LifecycleRecords.Export export = usableExport(tenant);
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String phrase = "offboard " + id;
        Instant expiresAt = Instant.now().plus(CONFIRM_WITHIN).truncatedTo(ChronoUnit.SECONDS);
        records.offboardingRequested(id, new LifecycleRecords.OffboardingRequest(hash(token), phrase, reason, admin, expiresAt));
        log.warn("Offboarding of tenant {} requested by {} ({}); it needs a confirmation before {}", id, admin, reason, expiresAt);
        return new OffboardingConfirmation(id, phrase, token, expiresAt, export.jobId(), export.sha256());
    }

    /** Drops the tenant everywhere once the request is confirmed; what remains is the audit entry it returns. */
    public TenantAuditLog.Entry confirmOffboarding(String id, String token, String phrase, String admin) {
        Tenant tenant = registry.get(id);
        LifecycleRecords.OffboardingRequest request = records.find(id).map(LifecycleRecords.State::offboarding)
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "No offboarding of " + id + " was requested"));
        List<FieldProblem> problems = new ArrayList<>();
        if (request.expiresAt().isBefore(Instant.now())) {
            problems.add(new FieldProblem("/token", "the request expired at " + request.expiresAt() + "; request the offboarding again"));
        } else if (token == null || !hash(token).equals(request.tokenHash())) {
            problems.add(new FieldProblem("/token", "is not the token of the offboarding request"));
        }
        if (!request.phrase().equals(phrase)) {
            problems.add(new FieldProblem("/phrase", "must be exactly '" + request.phrase() + "'"));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.validation(problems);
        }
        LifecycleRecords.Export export = usableExport(tenant);
        List<String> dropped = new ArrayList<>();
        for (String name : endpoints.services().keySet()) {
            services.drop(name, id); // a failure stops here: the request stays valid, confirming again resumes
            dropped.add(name);
        }
        ownData.drop(TenantId.of(id));
        dropped.add(IDENTITY);
        long memberships = users.removeMemberships(id);
        long links = invitations.removeForTenant(id);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("databasesDropped", dropped);
        details.put("membershipsRemoved", memberships);
        details.put("invitationsRemoved", links);
        details.put("exportJobId", export.jobId());
        details.put("exportSha256", export.sha256());
        details.put("requestedBy", request.requestedBy());
        details.put("name", tenant.name());
        TenantAuditLog.Entry entry = new TenantAuditLog.Entry(UUID.randomUUID().toString(), id, "offboarded", request.reason(), admin,
                Instant.now().truncatedTo(ChronoUnit.MILLIS), details);
        audit.offboarded(entry, export.sha256());
        registry.remove(id);
        records.remove(id);
        log.warn("Tenant {} offboarded by {}: databases of {} dropped, {} memberships removed", id, admin, dropped, memberships);
        return entry;
    }

    public List<TenantAuditLog.Entry> auditOf(String tenant) {
        return audit.entries(tenant);
    }

    private LifecycleRecords.Export usableExport(Tenant tenant) {
        if (tenant.active()) {
            throw new ProblemException(ProblemType.CONFLICT, "Tenant " + tenant.id() + " is active: suspend it, export it, download"
                    + " the archive, then request the offboarding");
        }
        LifecycleRecords.Export export = records.find(tenant.id()).map(LifecycleRecords.State::lastExport)
                .orElseThrow(() -> new ProblemException(ProblemType.CONFLICT, "Tenant " + tenant.id() + " has no export: export it"
                        + " (POST /api/admin/tenants/" + tenant.id() + "/exports) and download the archive first"));
        if (!export.suspended() || export.tenantVersion() != tenant.version()) {
            throw new ProblemException(ProblemType.CONFLICT, "The last export of " + tenant.id() + " was not taken while it was"
                    + " suspended as it is now: export it again");
        }
        if (export.finishedAt() == null || export.sha256() == null) {
            throw new ProblemException(ProblemType.CONFLICT, "The export of " + tenant.id() + " (job " + export.jobId()
                    + ") has not finished");
        }
        if (export.downloadedAt() == null) {
            throw new ProblemException(ProblemType.CONFLICT, "The archive of the export of " + tenant.id() + " was never downloaded:"
                    + " download it (GET /api/admin/tenants/" + tenant.id() + "/exports/" + export.jobId() + "/archive) first");
        }
        return export;
    }

    // ---------------------------------------------------------------- import

    /** What to import an archive as. {@code name}/{@code parentId} null: the archive's. */
    public record ImportRequest(String tenantId, String name, String parentId, boolean restoreMemberships) {
    }

    /**
     * Checks an uploaded archive (every checksum), creates the new tenant (suspended while its data arrives) and starts
     * the import job; the archive file is deleted when the job ends. A damaged archive or a service of the archive that
     * does not run here is refused before anything is created.
     */
    public Job startImport(Path upload, ImportRequest request, String admin) {
        Document manifest;
        try (InputStream in = Files.newInputStream(upload)) {
            manifest = TenantArchive.verify(in);
        } catch (IllegalArgumentException | IOException e) {
            delete(upload);
            throw ProblemException.validation(List.of(new FieldProblem("/archive", e.getMessage())));
        }
        Document source = manifest.get("tenant", Document.class);
        String from = source.getString("id");
        List<String> archived = new ArrayList<>();
        for (Document file : manifest.getList("files", Document.class, List.of())) {
            String service = file.getString("service");
            if (!IDENTITY.equals(service) && !endpoints.services().containsKey(service)) {
                delete(upload);
                throw ProblemException.validation(List.of(new FieldProblem("/archive", "the archive holds " + service
                        + " data, and no " + service + " service is configured here (ariadne.services." + service + ")")));
            }
            if (!archived.contains(service)) {
                archived.add(service);
            }
        }
        Tenant created;
        try {
            created = registry.createForImport(new NewTenant(request.tenantId(), request.name() != null ? request.name() : source.getString("name"),
                    request.parentId(), source.getList("languages", String.class), source.getString("currency"),
                    source.getString("timeZone"), source.getList("levelNames", String.class)), "import of " + from + " in progress");
        } catch (RuntimeException e) {
            delete(upload);
            throw e;
        }
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("tenant", created.id());
        input.put("from", from);
        input.put("services", archived);
        input.put("restoreMemberships", request.restoreMemberships());
        return TenantContext.callAs(TenantId.of(created.id()), () -> jobs.start(IMPORT_KIND, input,
                job -> importArchive(upload, created.id(), from, request.restoreMemberships(), admin, job)));
    }

    public Job importJob(String id, String jobId) {
        return TenantContext.callAs(TenantId.of(id), () -> requireKind(jobs.get(jobId), IMPORT_KIND));
    }

    private JobOutcome importArchive(Path upload, String to, String from, boolean restoreMemberships, String admin, JobContext job) {
        Map<String, Object> imported = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(upload)) {
            TenantArchive.read(in, (path, content) -> {
                if (path.startsWith("services/") && path.endsWith(".ndjson")) {
                    String service = path.substring("services/".length(), path.length() - ".ndjson".length());
                    if (IDENTITY.equals(service)) {
                        imported.put(service, ownData.importInto(TenantId.of(to), TenantId.of(from), content, JOB_COLLECTIONS));
                    } else {
                        services.importInto(service, to, from, content);
                        imported.put(service, "imported");
                    }
                    job.details(Map.of("imported", imported));
                } else if (TenantArchive.MEMBERSHIPS.equals(path) && restoreMemberships) {
                    imported.put("memberships", restore(Document.parse(new String(content.readAllBytes(), StandardCharsets.UTF_8)), to));
                }
            });
            registry.completeImport(to);
            log.info("Tenant {} imported from an export of {} by {}: {}", to, from, admin, imported.keySet());
            return JobOutcome.resource("/api/admin/tenants/" + to, to).withDetails(Map.of("imported", imported));
        } catch (IOException | RuntimeException e) {
            undoImport(to, new ArrayList<>(imported.keySet()));
            if (e instanceof ProblemException problem) {
                throw problem;
            }
            throw new ProblemException(ProblemType.UPSTREAM_UNAVAILABLE, "The import into " + to + " failed and was undone: "
                    + e.getMessage());
        } finally {
            delete(upload);
        }
    }

    private void undoImport(String to, List<String> done) {
        for (String name : endpoints.services().keySet()) {
            try {
                services.drop(name, to);
            } catch (RuntimeException e) {
                log.warn("Undoing the import into {}: {} could not drop its data ({}); drop it by hand", to, name, e.getMessage());
            }
        }
        ownData.clear(TenantId.of(to), JOB_COLLECTIONS);
        users.removeMemberships(to);
        registry.remove(to);
        log.warn("The import into {} failed and was undone ({} had been imported)", to, done);
    }

    /** Gives the archive's members (those whose accounts still exist) their membership in the new tenant. */
    private int restore(Document archived, String tenant) {
        int restored = 0;
        for (Document m : archived.getList("memberships", Document.class, List.of())) {
            String username = m.getString("username");
            if (users.find(username).isEmpty()) {
                continue;
            }
            List<TenantRole> roles = m.getList("roles", String.class, List.of()).stream().map(TenantRole::fromWireName)
                    .flatMap(java.util.Optional::stream).toList();
            if (users.addMembership(username, new Membership(tenant, roles, m.getString("institution"), m.getString("institutionId"),
                    !Boolean.FALSE.equals(m.getBoolean("active"))))) {
                restored++;
            }
        }
        return restored;
    }

    private Document memberships(String tenant) {
        List<Document> members = new ArrayList<>();
        for (UserAccount user : users.membersOf(tenant)) {
            Membership m = user.membershipIn(tenant).orElseThrow();
            members.add(new Document("username", user.username()).append("displayName", user.displayName())
                    .append("email", user.email()).append("roles", m.roles().stream().map(TenantRole::wireName).toList())
                    .append("institution", m.institution()).append("institutionId", m.institutionId()).append("active", m.active()));
        }
        return new Document("tenant", tenant).append("memberships", members);
    }

    private static Document registryEntry(Tenant t) {
        return new Document("id", t.id()).append("name", t.name()).append("parentId", t.parentId()).append("languages", t.languages())
                .append("currency", t.currency()).append("timeZone", t.timeZone()).append("levelNames", t.levelNames())
                .append("template", t.template());
    }

    private static Job requireKind(Job job, String kind) {
        if (!kind.equals(job.kind())) {
            throw ProblemException.notFound("Job " + job.id());
        }
        return job;
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String token) {
        return HexFormat.of().formatHex(TenantArchive.sha256().digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
