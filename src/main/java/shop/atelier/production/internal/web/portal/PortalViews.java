package shop.atelier.production.internal.web.portal;

import java.util.ArrayList;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import shop.atelier.catalog.SlotType;
import shop.atelier.platform.NotFoundException;
import shop.atelier.production.internal.Job;
import shop.atelier.production.internal.WorkshopPortal;
import shop.atelier.proofs.LineProof;
import shop.atelier.proofs.ProofState;
import shop.atelier.proofs.Proofs;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/** Turns jobs into the portal's view records; links are signed for this craftsman and this workshop. */
@Component
class PortalViews {

    static final String PURPOSE = "production";

    private final Uploads uploads;
    private final Proofs proofs;

    PortalViews(Uploads uploads, Proofs proofs) {
        this.uploads = uploads;
        this.proofs = proofs;
    }

    JobListItem item(Job job) {
        return new JobListItem(
                job.id().value(),
                job.orderNumber(),
                job.productName(),
                job.variantName(),
                job.quantity(),
                job.dueOn(),
                job.state().name());
    }

    JobView view(WorkshopPortal.Membership membership, WorkshopPortal.OpenJob open) {
        var job = open.job();
        var viewer = new Viewer("WORKSHOP", membership.workshop().id().toString(), membership.principal(), PURPOSE);
        var texts = new ArrayList<JobView.TextItem>();
        var materials = new ArrayList<JobView.MaterialItem>();
        open.line().ifPresent(line -> {
            for (var value : line.personalization()) {
                if (value.type() == SlotType.TEXT) {
                    texts.add(new JobView.TextItem(value.label(), value.value()));
                    continue;
                }
                var material = materialId(value.value());
                if (material == null) {
                    continue;
                }
                try {
                    var thumbnail =
                            value.type() == SlotType.PHOTO ? uploads.link(material, Rendition.THUMBNAIL, viewer) : null;
                    materials.add(new JobView.MaterialItem(
                            value.label(),
                            value.type().name(),
                            thumbnail,
                            uploads.link(material, Rendition.CONTENT, viewer),
                            uploads.link(material, Rendition.DOWNLOAD, viewer)));
                } catch (NotFoundException gone) {
                    // The material was deleted (e.g. by an erasure request): nothing to show.
                }
            }
        });
        JobView.ProofItem proof = proofs.ofOrder(job.orderId()).stream()
                .filter(p -> p.lineId().equals(job.lineId()))
                .findFirst()
                .map(p -> proof(p, viewer))
                .orElse(null);
        return new JobView(
                job.id().value(),
                job.orderNumber(),
                job.productName(),
                job.variantName(),
                job.quantity(),
                job.dueOn(),
                job.state().name(),
                texts,
                materials,
                proof);
    }

    private JobView.ProofItem proof(LineProof proof, Viewer viewer) {
        var approved = proof.state() == ProofState.APPROVED;
        var preview = proof.approvedPreview();
        if (!approved || preview == null) {
            return new JobView.ProofItem(approved, proof.round(), null, null);
        }
        try {
            String thumbnail;
            try {
                thumbnail = uploads.link(preview, Rendition.THUMBNAIL, viewer);
            } catch (NotFoundException noThumbnail) {
                thumbnail = null; // a PDF preview has none
            }
            return new JobView.ProofItem(
                    true, proof.round(), thumbnail, uploads.link(preview, Rendition.CONTENT, viewer));
        } catch (NotFoundException gone) {
            return new JobView.ProofItem(true, proof.round(), null, null);
        }
    }

    private static @Nullable MaterialId materialId(String value) {
        try {
            return new MaterialId(UUID.fromString(value));
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }
}
