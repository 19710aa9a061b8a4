package org.ariadne.monitoring.parentview.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ariadne.monitoring.parentview.ChildRollUps;
import org.ariadne.messaging.EnableParentViews;
import org.ariadne.monitoring.parentview.ChildRollUps.ParentAndChild;
import org.ariadne.tenancy.parent.ParentViews;
import org.ariadne.tenancy.parent.ParentViews.ParentRead;
import org.ariadne.web.ProblemException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A parent's view of a consenting child's roll-ups, and (for the child's coordinator) who read them. */
@RestController
@EnableParentViews
@RequestMapping("/api/t/{tenant}/monitoring")
@Tag(name = "Parent view", description = "A consenting child tenant's frozen-round roll-ups next to the parent's own")
class ParentViewController {

    private final ChildRollUps childRollUps;
    private final ParentViews parentViews;

    ParentViewController(ChildRollUps childRollUps, ParentViews parentViews) {
        this.childRollUps = childRollUps;
        this.parentViews = parentViews;
    }

    record ReadList(List<ParentRead> items) {
    }

    @GetMapping("/children/{child}/rollups")
    @Operation(summary = "The child tenant's frozen-round roll-ups next to this tenant's own; only while the child "
            + "consents (else 404, like any foreign object); every read is audited in the child")
    ParentAndChild childRollUps(@PathVariable String child) {
        if (child.length() > 20) {
            throw ProblemException.notFound("Tenant " + child.substring(0, 20) + "…'s roll-ups");
        }
        return childRollUps.rollUps(child);
    }

    @GetMapping("/parent-reads")
    @Operation(summary = "Who of the parent tenant read this tenant's roll-ups, and when, newest first (coordinator)")
    ReadList parentReads() {
        return new ReadList(parentViews.readsOfCurrent(500));
    }
}
