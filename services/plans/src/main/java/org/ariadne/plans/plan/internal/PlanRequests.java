package org.ariadne.plans.plan.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ariadne.plans.plan.AddActivity;
import org.ariadne.plans.plan.AddNode;
import org.ariadne.plans.plan.ChangeActivity;
import org.ariadne.plans.plan.ChangeNode;
import org.ariadne.plans.plan.CreatePlan;
import org.ariadne.plans.plan.Patch;

/**
 * Request bodies of the plans API. Creation bodies are records; PATCH bodies are classes that remember which fields
 * were present, because a present {@code null} means something (clear the field, or move to the top level) while an
 * absent field means "keep".
 */
final class PlanRequests {

    private PlanRequests() {
    }

    private static final String NOT_BLANK = "(?s).*\\S.*";

    record CreatePlanRequest(
            @NotBlank @Size(max = 300) String title,
            @NotNull @Size(min = 1, max = 8) List<@NotBlank @Size(max = 80) String> levelNames) {

        CreatePlan toCommand() {
            return new CreatePlan(title, levelNames);
        }
    }

    record AddNodeRequest(
            @Size(max = 100) String parentId,
            @Size(max = 40) String code,
            @NotBlank @Size(max = 500) String title) {

        AddNode toCommand() {
            return new AddNode(parentId, code, title);
        }
    }

    record AddActivityRequest(
            @NotBlank @Size(max = 100) String nodeId,
            @Size(max = 40) String code,
            @NotBlank @Size(max = 2000) String title,
            @Size(max = 200) String deadline,
            @Size(max = 30) List<@NotBlank @Size(max = 300) String> leadInstitutions) {

        AddActivity toCommand() {
            return new AddActivity(nodeId, code, title, deadline, leadInstitutions == null ? List.of() : leadInstitutions);
        }
    }

    /** Fields remember whether they were sent. */
    abstract static class PartialRequest {
        private final Set<String> present = new HashSet<>();

        final <T> Patch<T> patch(String field, T value) {
            return present.contains(field) ? Patch.of(value) : Patch.absent();
        }

        final void sent(String field) {
            present.add(field);
        }
    }

    /** {@code parentId}: another node's id moves the node under it; {@code ""} or {@code null} moves it to the top. */
    static final class ChangeNodeRequest extends PartialRequest {
        @Size(max = 40)
        private String code;
        @Size(max = 500)
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        private String title;
        @Size(max = 100)
        private String parentId;

        public String getCode() { return code; }
        public String getTitle() { return title; }
        public String getParentId() { return parentId; }

        public void setCode(String code) { this.code = code; sent("code"); }
        public void setTitle(String title) { this.title = title; sent("title"); }
        public void setParentId(String parentId) { this.parentId = parentId; sent("parentId"); }

        ChangeNode toCommand() {
            return new ChangeNode(patch("code", code), patch("title", title), patch("parentId", parentId));
        }
    }

    /** Any field of an activity; a new {@code nodeId} moves it; {@code null} clears code, deadline or institutions. */
    static final class ChangeActivityRequest extends PartialRequest {
        @Size(max = 100)
        private String nodeId;
        @Size(max = 40)
        private String code;
        @Size(max = 2000)
        @Pattern(regexp = NOT_BLANK, message = "must not be blank")
        private String title;
        @Size(max = 200)
        private String deadline;
        @Size(max = 30)
        private List<@NotBlank @Size(max = 300) String> leadInstitutions;

        public String getNodeId() { return nodeId; }
        public String getCode() { return code; }
        public String getTitle() { return title; }
        public String getDeadline() { return deadline; }
        public List<String> getLeadInstitutions() { return leadInstitutions; }

        public void setNodeId(String nodeId) { this.nodeId = nodeId; sent("nodeId"); }
        public void setCode(String code) { this.code = code; sent("code"); }
        public void setTitle(String title) { this.title = title; sent("title"); }
        public void setDeadline(String deadline) { this.deadline = deadline; sent("deadline"); }
        public void setLeadInstitutions(List<String> leadInstitutions) {
            this.leadInstitutions = leadInstitutions;
            sent("leadInstitutions");
        }

        ChangeActivity toCommand() {
            return new ChangeActivity(patch("nodeId", nodeId), patch("code", code), patch("title", title),
                    patch("deadline", deadline), patch("leadInstitutions", leadInstitutions));
        }
    }
}
