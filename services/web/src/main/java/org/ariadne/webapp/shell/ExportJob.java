package org.ariadne.webapp.shell;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.ariadne.webapp.api.Download;
import org.ariadne.webapp.api.Json;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;

/**
 * A file a service makes as a job (a funding table, an IATI file, the recommendations' export), shown the same way
 * whichever service makes it: a progress bar that htmx refreshes every second while the job runs, then a download
 * button, or the reason it failed with each problem the service found.
 */
public final class ExportJob {

    private ExportJob() {
    }

    /** The model of the page {@code export-job}: the job and where the page, its download and the way back are. */
    public static void show(Map<String, Object> job, String path, String back, Model model) {
        String state = Json.text(job, "state");
        model.addAttribute("job", job);
        model.addAttribute("jobState", state);
        model.addAttribute("jobRunning", "running".equals(state) || "queued".equals(state));
        model.addAttribute("jobPath", path);
        model.addAttribute("backPath", back);
        model.addAttribute("percent", percent(job));
        model.addAttribute("fileName", Json.text(Json.map(job, "result"), "fileName"));
        model.addAttribute("failure", Json.text(Json.map(job, "problem"), "detail"));
        model.addAttribute("issues", Json.list(job, "issues"));
    }

    /** The whole page, or only its progress part when htmx asks. */
    public static String view(HttpServletRequest request) {
        return "true".equals(request.getHeader("HX-Request")) ? "export-job :: progress" : "export-job";
    }

    /** The file as the service answered it, passed on as an attachment. */
    public static ResponseEntity<byte[]> attachment(Download file) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, file.contentDisposition() == null ? "attachment" : file.contentDisposition())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    static int percent(Map<String, Object> job) {
        if ("succeeded".equals(Json.text(job, "state"))) {
            return 100;
        }
        if (job.get("progress") instanceof Map<?, ?> p && p.get("done") instanceof Number done && p.get("total") instanceof Number total
                && total.intValue() > 0) {
            return Math.min(100, done.intValue() * 100 / total.intValue());
        }
        return 0;
    }
}
