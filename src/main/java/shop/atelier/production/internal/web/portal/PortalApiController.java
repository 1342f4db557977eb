package shop.atelier.production.internal.web.portal;

import java.util.List;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import shop.atelier.production.JobId;
import shop.atelier.production.internal.WorkshopPortal;

/** The portal's jobs as JSON, for a workshop's own tools; the same checks and views as the pages. */
@RestController
class PortalApiController {

    private final Craftsmen craftsmen;
    private final WorkshopPortal portal;
    private final PortalViews views;

    PortalApiController(Craftsmen craftsmen, WorkshopPortal portal, PortalViews views) {
        this.craftsmen = craftsmen;
        this.portal = portal;
        this.views = views;
    }

    @GetMapping("/workshop/api/jobs")
    List<JobListItem> jobs() {
        var membership = craftsmen.current();
        return portal.openJobs(membership).stream().map(views::item).toList();
    }

    @GetMapping("/workshop/api/jobs/{id}")
    JobView job(@PathVariable UUID id) {
        var membership = craftsmen.current();
        return views.view(membership, portal.view(membership, new JobId(id)));
    }
}
