package org.ariadne.funding.tenants.internal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ariadne.messaging.EnableParentViews;
import org.ariadne.tenancy.parent.ParentViews;
import org.ariadne.tenancy.parent.ParentViews.ParentRead;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * For a child tenant's coordinator: every time its parent read its funding totals under its consent. Funding serves
 * parent views (a roll-up with a consenting child), so it keeps children's consents ({@link EnableParentViews}).
 */
@RestController
@EnableParentViews
@RequestMapping("/api/t/{tenant}/funding")
@Tag(name = "Parent reads", description = "The parent tenant's reads of this tenant's funding under its consent")
class ParentReadsController {

    private final ParentViews parentViews;

    ParentReadsController(ParentViews parentViews) {
        this.parentViews = parentViews;
    }

    record ReadList(List<ParentRead> items) {
    }

    @GetMapping("/parent-reads")
    @Operation(summary = "Who of the parent tenant read this tenant's funding totals, and when, newest first (coordinator)")
    ReadList parentReads() {
        return new ReadList(parentViews.readsOfCurrent(500));
    }
}
