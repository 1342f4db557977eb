package shop.atelier.proofs.internal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import shop.atelier.catalog.PersonalizationValue;
import shop.atelier.catalog.SlotType;
import shop.atelier.platform.NotFoundException;
import shop.atelier.proofs.internal.ProofDetails;
import shop.atelier.proofs.internal.ProofRound;
import shop.atelier.uploads.MaterialId;
import shop.atelier.uploads.Rendition;
import shop.atelier.uploads.Uploads;
import shop.atelier.uploads.Viewer;

/** Short-lived signed links to previews and personalization materials, made for one viewer. */
@Component
class MaterialLinks {

    private final Uploads uploads;

    MaterialLinks(Uploads uploads) {
        this.uploads = uploads;
    }

    /**
     * A preview as a page shows it: an image as a thumbnail that opens the full picture, a PDF as a
     * download. Both links are {@code null} when the file is gone (e.g. erased).
     */
    record Preview(
            ProofRound round,
            @Nullable String href,
            @Nullable String thumbnail) {}

    /** One filled-in slot: a text, or a material with its links. */
    record Personalization(
            String label,
            @Nullable String text,
            @Nullable String href,
            @Nullable String thumbnail,
            boolean missing) {}

    /** A proof with the links to its latest preview and the earlier ones. */
    record ProofView(ProofDetails proof, @Nullable Preview latest, List<Preview> earlier) {

        /** Every round, newest first. */
        public List<Preview> all() {
            var all = new ArrayList<Preview>();
            if (latest != null) {
                all.add(latest);
            }
            all.addAll(earlier);
            return all;
        }
    }

    ProofView proof(ProofDetails proof, Viewer viewer) {
        var latest = proof.latest();
        return new ProofView(
                proof,
                latest == null ? null : preview(latest, viewer),
                proof.earlier().stream().map(round -> preview(round, viewer)).toList());
    }

    Preview preview(ProofRound round, Viewer viewer) {
        if (round.image()) {
            return new Preview(
                    round,
                    link(round.material(), Rendition.CONTENT, viewer),
                    link(round.material(), Rendition.THUMBNAIL, viewer));
        }
        return new Preview(round, link(round.material(), Rendition.DOWNLOAD, viewer), null);
    }

    Personalization personalization(PersonalizationValue value, Viewer viewer) {
        if (value.type() == SlotType.TEXT) {
            return new Personalization(value.label(), value.value(), null, null, false);
        }
        MaterialId material;
        try {
            material = new MaterialId(UUID.fromString(value.value()));
        } catch (IllegalArgumentException e) {
            return new Personalization(value.label(), null, null, null, true);
        }
        var href = link(material, Rendition.CONTENT, viewer);
        var thumbnail = value.type() == SlotType.PHOTO ? link(material, Rendition.THUMBNAIL, viewer) : null;
        return new Personalization(value.label(), null, href, thumbnail, href == null);
    }

    private @Nullable String link(MaterialId material, Rendition rendition, Viewer viewer) {
        try {
            return uploads.link(material, rendition, viewer);
        } catch (NotFoundException e) {
            return null;
        }
    }
}
